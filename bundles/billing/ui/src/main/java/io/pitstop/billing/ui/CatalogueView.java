package io.pitstop.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.Product;
import io.pitstop.billing.api.ProductDraft;
import io.pitstop.core.api.PitstopException;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.FormSupport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * «Каталог»: the products with today's price per cycle and VAT rate. Accountants (the catalogue's REST roles) add a
 * product with its prices per cycle, and give a product a new price version from a date by opening its row; the
 * service's refusals land on the fields they name.
 */
public class CatalogueView extends VerticalLayout {
    private final Catalogue catalogue;
    private final Grid<Product> grid = new Grid<>();

    public CatalogueView(Catalogue catalogue) {
        this.catalogue = catalogue;
        setId("billing-catalogue");
        add(new H2(BillingTexts.TEXTS.get("catalogue.title")));
        grid.setId("billing-catalogue-grid");
        grid.addColumn(Product::code).setHeader(BillingTexts.TEXTS.get("catalogue.code")).setKey("code");
        grid.addColumn(Product::name).setHeader(BillingTexts.TEXTS.get("catalogue.name")).setKey("name");
        for (BillingCycle c : BillingCycle.values()) {
            grid.addColumn(p -> price(p, c)).setHeader(BillingTexts.TEXTS.get("cycle." + c.name())).setKey(c.name());
        }
        grid.addColumn(p -> Ui.formats().amount(p.vatRatePercent()) + " %").setHeader(BillingTexts.TEXTS.get("catalogue.vat")).setKey("vat");
        grid.setClassNameGenerator(p -> "billing-product-row");
        if (Ui.hasAnyRole(BillingTexts.RUN.toArray(String[]::new))) {
            Button add = new Button(BillingTexts.TEXTS.get("catalogue.add"), e -> new ProductForm(null).open());
            add.setId("billing-product-add");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
            grid.addItemClickListener(e -> new ProductForm(e.getItem()).open());
        }
        refresh();
        add(grid);
        setSizeFull();
    }

    private void refresh() {
        grid.setItems(catalogue.list());
    }

    private static String price(Product p, BillingCycle c) {
        BigDecimal v = p.prices().get(c);
        return v == null ? "" : Ui.formats().amount(v);
    }

    /**
     * A new product ({@code product} null: code, name, VAT, prices from a date) or a new price version of one (its
     * prices in force today filled in, the date to start from).
     */
    private final class ProductForm extends Dialog {
        private static final long serialVersionUID = 1L;
        private final TextField code = new TextField(BillingTexts.TEXTS.get("catalogue.code"));
        private final TextField name = new TextField(BillingTexts.TEXTS.get("catalogue.name"));
        private final BigDecimalField vat = new BigDecimalField(BillingTexts.TEXTS.get("catalogue.vat"));
        private final DatePicker from = new DatePicker(BillingTexts.TEXTS.get("catalogue.effectiveFrom"));
        private final Map<BillingCycle, BigDecimalField> prices = new EnumMap<>(BillingCycle.class);
        private final FormSupport support = new FormSupport();

        ProductForm(Product product) {
            setId("billing-product-form");
            setHeaderTitle(product == null ? BillingTexts.TEXTS.get("catalogue.new")
                    : BillingTexts.TEXTS.get("catalogue.newPrices", product.code()));
            code.setId("billing-product-code");
            name.setId("billing-product-name");
            vat.setId("billing-product-vat");
            from.setId("billing-product-from");
            from.setLocale(Ui.locale());
            from.setValue(product == null ? LocalDate.now(Ui.zone()) : LocalDate.now(Ui.zone()).plusDays(1));
            support.field("code", code).field("name", name).field("vatRatePercent", vat).field("effectiveFrom", from);
            FormLayout priceFields = new FormLayout();
            for (BillingCycle c : BillingCycle.values()) {
                BigDecimalField f = new BigDecimalField(BillingTexts.TEXTS.get("cycle." + c.name()));
                f.setId("billing-product-price-" + c.name());
                if (product != null) {
                    f.setValue(product.prices().get(c));
                }
                support.field("prices." + c.name(), f);
                prices.put(c, f);
                priceFields.add(f);
            }
            FormLayout head = new FormLayout();
            if (product == null) {
                vat.setValue(new BigDecimal("20"));
                head.add(code, name, vat);
            }
            head.add(from);
            Button save = new Button(BillingTexts.TEXTS.get("form.save"), e -> save(product));
            save.setId("billing-product-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(BillingTexts.TEXTS.get("form.close"), e -> close()), save);
            add(head, new H3(BillingTexts.TEXTS.get("catalogue.prices")), priceFields);
        }

        private void save(Product product) {
            support.clear();
            Map<BillingCycle, BigDecimal> given = new EnumMap<>(BillingCycle.class);
            prices.forEach((c, f) -> {
                if (f.getValue() != null) {
                    given.put(c, f.getValue());
                }
            });
            try {
                Product saved = product == null
                        ? catalogue.create(Ui.actor(), new ProductDraft(code.getValue().trim(), name.getValue().trim(), given,
                                vat.getValue(), from.getValue()))
                        : catalogue.addPrices(Ui.actor(), product.code(), given, from.getValue());
                Ui.notice("billing-product-saved", BillingTexts.TEXTS.get("catalogue.saved", saved.code()));
                refresh();
                close();
            } catch (PitstopException ex) {
                List<String> rest = support.show(ex);
                if (!rest.isEmpty()) {
                    Ui.problem("billing-product-refused", String.join("; ", rest));
                }
            }
        }
    }
}
