package io.pitstop.kso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PitstopException;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.FinanceProduct;
import io.pitstop.kso.api.FinanceProductDraft;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.FormSupport;
import io.pitstop.ui.api.kit.ListView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finance products (/kso/products): price, term and the dealer's reward per counterparty (an amount per product and
 * counterparty, VAT included), the programmes that demand the product, the makes and models it applies to. The
 * programme administrator and administrators edit; sales managers read.
 */
public class ProductListView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final CalculatorUi ui;
    private final ListView<FinanceProduct> list = new ListView<>("kso-products");
    private final TextField search = new TextField();

    public ProductListView(CalculatorUi ui) {
        this.ui = ui;
        setId("kso-products-view");
        setSizeFull();
        search.setId("kso-products-search");
        search.setLabel(CalculatorUi.t("list.search"));
        list.column("name", CalculatorUi.t("product.name"), FinanceProduct::name).wide();
        list.column("kind", CalculatorUi.t("product.kind"), FinanceProduct::kind).narrow();
        list.column("term", CalculatorUi.t("product.termMonths"), p -> String.valueOf(p.termMonths())).narrow();
        list.column("price", CalculatorUi.t("product.price"), p -> Ui.formats().amount(p.price()));
        list.column("reward", CalculatorUi.t("product.reward"), p -> Ui.formats().amount(p.totalReward()));
        list.column("rewards", CalculatorUi.t("product.rewards"), p -> p.rewards().stream()
                .map(r -> r.counterparty() + ": " + Ui.formats().amount(r.amount())).collect(Collectors.joining("; ")));
        list.column("active", CalculatorUi.t("product.active"), p -> CalculatorUi.t(p.active() ? "yes" : "no")).narrow();
        list.textFilter("q", search)
                .items(Set.of(), null, page -> {
                    List<FinanceProduct> found = found();
                    return found.subList(Math.min(page.offset(), found.size()), Math.min(page.offset() + page.limit(), found.size()));
                }, () -> found().size())
                .emptyState(CalculatorUi.t("products.empty"), null, null)
                .tools("products");
        if (CalculatorUi.canEdit()) {
            Button create = new Button(CalculatorUi.t("products.create"), e -> new ProductForm(null).open());
            create.setId("kso-product-create");
            list.actions(create).onOpen(p -> new ProductForm(p).open());
        }
        add(new H2(CalculatorUi.t("products.title")), list);
        setFlexGrow(1, list);
    }

    private List<FinanceProduct> found() {
        String q = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        return ui.products().list().stream().filter(p -> q.isEmpty() || (p.name() + " " + p.kind()).toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    /** A product's form with one row per counterparty's reward. */
    private final class ProductForm extends Dialog {
        private static final long serialVersionUID = 1L;
        private final TextField name = new TextField(CalculatorUi.t("product.name"));
        private final TextField kind = new TextField(CalculatorUi.t("product.kind"));
        private final TextField options = new TextField(CalculatorUi.t("product.options"));
        private final IntegerField term = new IntegerField(CalculatorUi.t("product.termMonths"));
        private final BigDecimalField price = new BigDecimalField(CalculatorUi.t("product.price"));
        private final TextField makes = new TextField(CalculatorUi.t("product.makes"));
        private final TextField models = new TextField(CalculatorUi.t("product.models"));
        private final BigDecimalField priceMin = new BigDecimalField(CalculatorUi.t("product.priceMin"));
        private final BigDecimalField priceMax = new BigDecimalField(CalculatorUi.t("product.priceMax"));
        private final TextField contract = new TextField(CalculatorUi.t("product.agentContract"));
        private final Checkbox active = new Checkbox(CalculatorUi.t("product.active"), true);
        private final CheckboxGroup<CreditProgramme> mandatory = new CheckboxGroup<>();
        private final VerticalLayout rewardRows = new VerticalLayout();
        private final List<RewardRow> rewards = new ArrayList<>();
        private final FormSupport support = new FormSupport();

        private record RewardRow(TextField counterparty, BigDecimalField amount) {
        }

        ProductForm(FinanceProduct p) {
            setId("kso-product-form");
            setHeaderTitle(CalculatorUi.t(p == null ? "product.new" : "product.edit"));
            name.setId("kso-product-name");
            kind.setId("kso-product-kind");
            options.setId("kso-product-options");
            term.setId("kso-product-term");
            price.setId("kso-product-price");
            makes.setId("kso-product-makes");
            models.setId("kso-product-models");
            priceMin.setId("kso-product-price-min");
            priceMax.setId("kso-product-price-max");
            contract.setId("kso-product-contract");
            active.setId("kso-product-active");
            mandatory.setId("kso-product-mandatory");
            mandatory.setLabel(CalculatorUi.t("product.mandatoryFor"));
            List<CreditProgramme> programmes = ui.programmes().list();
            mandatory.setItems(programmes);
            mandatory.setItemLabelGenerator(x -> x.bank() + " · " + x.name());
            term.setValue(0);
            rewardRows.setId("kso-product-rewards");
            rewardRows.setPadding(false);
            support.field("name", name).field("kind", kind).field("termMonths", term).field("price", price)
                    .field("priceMin", priceMin).field("priceMax", priceMax).field("agentContract", contract);
            if (p != null) {
                name.setValue(p.name());
                kind.setValue(p.kind() == null ? "" : p.kind());
                options.setValue(String.join(", ", p.options()));
                term.setValue(p.termMonths());
                price.setValue(p.price());
                makes.setValue(String.join(", ", p.makes()));
                models.setValue(String.join(", ", p.models()));
                priceMin.setValue(p.priceMin());
                priceMax.setValue(p.priceMax());
                contract.setValue(p.agentContract() == null ? "" : p.agentContract());
                active.setValue(p.active());
                mandatory.setValue(programmes.stream().filter(x -> p.mandatoryFor().contains(x.id())).collect(Collectors.toSet()));
                p.rewards().forEach(r -> addReward(r.counterparty(), r.amount()));
            }
            Button addReward = new Button(CalculatorUi.t("product.addReward"), e -> addReward("", null));
            addReward.setId("kso-product-add-reward");
            addReward.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button save = new Button(CalculatorUi.t("form.save"), e -> save(p));
            save.setId("kso-product-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(CalculatorUi.t("form.close"), e -> close()), save);
            add(new FormLayout(name, kind, options, term, price, priceMin, priceMax, makes, models, contract, active),
                    mandatory, new H3(CalculatorUi.t("product.rewards")), rewardRows, addReward);
        }

        private void addReward(String counterparty, BigDecimal amount) {
            int i = rewards.size();
            TextField who = new TextField(CalculatorUi.t("product.counterparty"), counterparty, "");
            who.setId("kso-product-reward-counterparty-" + i);
            BigDecimalField sum = new BigDecimalField(CalculatorUi.t("product.rewardAmount"));
            sum.setId("kso-product-reward-amount-" + i);
            sum.setValue(amount);
            support.field("rewards[" + i + "].counterparty", who).field("rewards[" + i + "].amount", sum);
            rewards.add(new RewardRow(who, sum));
            HorizontalLayout row = new HorizontalLayout(who, sum);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            rewardRows.add(row);
        }

        private void save(FinanceProduct p) {
            support.clear();
            List<FinanceProductDraft.Reward> given = rewards.stream()
                    .filter(r -> !r.counterparty().getValue().isBlank() || r.amount().getValue() != null)
                    .map(r -> new FinanceProductDraft.Reward(r.counterparty().getValue().trim(), r.amount().getValue())).toList();
            FinanceProductDraft d = new FinanceProductDraft(name.getValue(), kind.getValue(), words(options), term.getValue() == null ? -1 : term.getValue(),
                    price.getValue(), given, mandatory.getValue().stream().map(CreditProgramme::id).toList(), words(makes), words(models),
                    priceMin.getValue(), priceMax.getValue(), contract.getValue().isBlank() ? null : contract.getValue().trim(), active.getValue());
            try {
                if (p == null) {
                    ui.products().create(Ui.actor(), d);
                } else {
                    ui.products().update(Ui.actor(), p.id(), d);
                }
                Ui.notice("kso-product-saved", CalculatorUi.t("product.saved", d.name()));
                list.refresh();
                close();
            } catch (PitstopException ex) {
                List<String> rest = support.show(ex);
                if (!rest.isEmpty()) {
                    Ui.problem("kso-product-refused", String.join("; ", rest));
                }
            }
        }
    }

    /** A comma-separated field as its items. */
    private static List<String> words(TextField f) {
        return Arrays.stream(f.getValue().split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String getPageTitle() {
        return CalculatorUi.t("products.title");
    }
}
