package io.pitstop.kso.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.PitstopException;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.FinanceProduct;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.Offer;
import io.pitstop.kso.api.OfferRequest;
import io.pitstop.kso.api.Offers;
import io.pitstop.kso.api.Refusal;
import io.pitstop.kso.api.SchedulePayment;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.FormSupport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The loan calculator (/kso/calculator): price, down payment in rubles or percent (each derived from the other as
 * the manager types), term, an optional programme and the products financed into the loan, each at a price the
 * manager may change for this deal; Enter recalculates. The offers show what each eligible programme costs and
 * earns, the refusals the limit broken; up to three offers side by side, each with its schedule on demand.
 */
public class CalculatorView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Offers a manager compares at once: three fit a screen side by side. */
    static final int COMPARE_MAX = 3;

    private final CalculatorUi ui;
    private final Formats formats = Ui.formats();
    private final TextField price = new TextField();
    private final TextField downPayment = new TextField();
    private final TextField downPercent = new TextField();
    private final IntegerField term = new IntegerField();
    private final ComboBox<CreditProgramme> programme = new ComboBox<>();
    private final List<ProductRow> productRows = new ArrayList<>();
    private final Span carCredit = new Span();
    private final Span financed = new Span();
    private final Grid<Offer> offersGrid = new Grid<>();
    private final Grid<Refusal> refusalsGrid = new Grid<>();
    private final Button compare = new Button();
    private final Div comparePanel = new Div();
    private final FormSupport form = new FormSupport();
    private final Set<UUID> picked = new LinkedHashSet<>();
    private List<Offer> offers = List.of();
    private BigDecimal productsTotal = BigDecimal.ZERO;
    /** True while a derived field is being written, so its own listener does not derive back. */
    private boolean deriving;

    /** A product the manager may finance into the loan, at the catalogue's price unless changed. */
    private record ProductRow(FinanceProduct product, Checkbox chosen, TextField amount) {
    }

    public CalculatorView(CalculatorUi ui) {
        this.ui = ui;
        setId("kso-calculator");
        add(new H2(CalculatorUi.t("calculator.title")));

        price.setId("kso-price");
        price.setLabel(CalculatorUi.t("calculator.price"));
        downPayment.setId("kso-down-payment");
        downPayment.setLabel(CalculatorUi.t("calculator.downPayment"));
        downPercent.setId("kso-down-payment-percent");
        downPercent.setLabel(CalculatorUi.t("calculator.downPaymentPercent"));
        term.setId("kso-term");
        term.setLabel(CalculatorUi.t("calculator.term"));
        term.setMin(1);
        term.setMax(600);
        term.setValue(36);
        programme.setId("kso-programme");
        programme.setLabel(CalculatorUi.t("calculator.programme"));
        programme.setClearButtonVisible(true);
        programme.setItems(ui.programmes().list().stream().filter(p -> p.status().offerable()).toList());
        programme.setItemLabelGenerator(p -> p.bank() + " · " + p.name());
        for (TextField f : List.of(price, downPayment, downPercent)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
        }
        price.addValueChangeListener(e -> derive(false));
        downPayment.addValueChangeListener(e -> derive(false));
        downPercent.addValueChangeListener(e -> derive(true));
        form.field("price", price).field("downPayment", downPayment).field("downPaymentPercent", downPercent)
                .field("termMonths", term);

        HorizontalLayout deal = new HorizontalLayout(price, downPayment, downPercent, term, programme);
        deal.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        deal.getStyle().set("flex-wrap", "wrap");
        add(deal, makeUp());

        Button calculate = new Button(CalculatorUi.t("calculator.calculate"), e -> calculate());
        calculate.setId("kso-calculate");
        calculate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Enter anywhere in the calculator recalculates: a manager types the numbers and never reaches for the mouse
        calculate.addClickShortcut(Key.ENTER).listenOn(this);
        add(calculate);

        offersGrid();
        refusalsGrid();
        compare.setText(CalculatorUi.t("calculator.compare"));
        compare.setId("kso-compare");
        compare.setEnabled(false);
        compare.addClickListener(e -> showComparison());
        comparePanel.setId("kso-compare-panel");
        comparePanel.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        add(new H3(CalculatorUi.t("calculator.offers")), offersGrid, compare, comparePanel,
                new H3(CalculatorUi.t("calculator.refusals")), refusalsGrid);
    }

    /** The financed amount item by item: the car's credit and each product chosen, at an editable price. */
    private VerticalLayout makeUp() {
        VerticalLayout box = new VerticalLayout();
        box.setId("kso-make-up");
        box.setPadding(false);
        box.setSpacing(false);
        carCredit.setId("kso-car-credit");
        financed.setId("kso-financed-amount");
        box.add(new H3(CalculatorUi.t("calculator.makeUp")),
                new HorizontalLayout(new Span(CalculatorUi.t("calculator.carCredit")), carCredit));
        List<FinanceProduct> products = ui.products().list().stream().filter(FinanceProduct::active).toList();
        for (int i = 0; i < products.size(); i++) {
            FinanceProduct p = products.get(i);
            Checkbox chosen = new Checkbox(p.name());
            chosen.setId("kso-product-" + i);
            TextField amount = new TextField();
            amount.setId("kso-product-amount-" + i);
            amount.setLabel(CalculatorUi.t("calculator.productAmount", p.name()));
            amount.setValue(formats.amount(p.price()));
            amount.setValueChangeMode(ValueChangeMode.LAZY);
            amount.setEnabled(false);
            chosen.addValueChangeListener(e -> {
                amount.setEnabled(e.getValue());
                derive(false);
            });
            amount.addValueChangeListener(e -> derive(false));
            productRows.add(new ProductRow(p, chosen, amount));
            HorizontalLayout row = new HorizontalLayout(chosen, amount);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            box.add(row);
        }
        box.add(new HorizontalLayout(new Span(CalculatorUi.t("calculator.financed")), financed));
        return box;
    }

    private void offersGrid() {
        offersGrid.setId("kso-offers-grid");
        offersGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        offersGrid.setAllRowsVisible(true);
        offersGrid.addComponentColumn(this::pick).setHeader(CalculatorUi.t("offer.pick")).setAutoWidth(true).setFlexGrow(0);
        offersGrid.addColumn(Offer::bank).setHeader(CalculatorUi.t("offer.bank")).setAutoWidth(true);
        offersGrid.addColumn(Offer::name).setHeader(CalculatorUi.t("offer.programme")).setAutoWidth(true);
        offersGrid.addColumn(o -> o.annualRatePercent().stripTrailingZeros().toPlainString() + " %")
                .setHeader(CalculatorUi.t("offer.rate")).setAutoWidth(true);
        offersGrid.addColumn(o -> formats.amount(o.monthlyPayment())).setHeader(CalculatorUi.t("offer.monthly"))
                .setAutoWidth(true).setClassNameGenerator(o -> "kso-offer-monthly");
        offersGrid.addColumn(o -> formats.amount(o.totalInterest())).setHeader(CalculatorUi.t("offer.interest")).setAutoWidth(true);
        offersGrid.addColumn(o -> o.mandatoryProducts().stream().map(Offer.ProductLine::name).collect(Collectors.joining(", ")))
                .setHeader(CalculatorUi.t("offer.mandatory")).setAutoWidth(true);
        offersGrid.addColumn(o -> formats.amount(o.reward())).setHeader(CalculatorUi.t("offer.reward")).setAutoWidth(true);
    }

    /** The checkbox that puts an offer among the compared ones; a fourth is refused with a notice. */
    private Checkbox pick(Offer offer) {
        Checkbox box = new Checkbox(picked.contains(offer.programmeId()));
        box.setId("kso-pick-" + offers.indexOf(offer));
        box.setAriaLabel(CalculatorUi.t("offer.pickLabel", offer.bank(), offer.name()));
        box.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            if (e.getValue() && picked.size() >= COMPARE_MAX) {
                box.setValue(false);
                Ui.problem("kso-compare-full", CalculatorUi.t("calculator.compareFull", COMPARE_MAX));
                return;
            }
            if (e.getValue()) {
                picked.add(offer.programmeId());
            } else {
                picked.remove(offer.programmeId());
            }
            compare.setEnabled(!picked.isEmpty());
        });
        return box;
    }

    private void refusalsGrid() {
        refusalsGrid.setId("kso-refusals-grid");
        refusalsGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        refusalsGrid.setAllRowsVisible(true);
        refusalsGrid.addColumn(Refusal::bank).setHeader(CalculatorUi.t("offer.bank")).setAutoWidth(true);
        refusalsGrid.addColumn(Refusal::name).setHeader(CalculatorUi.t("offer.programme")).setAutoWidth(true);
        refusalsGrid.addColumn(r -> CalculatorUi.t("refusal." + r.reason(), r.limit(), r.value()))
                .setHeader(CalculatorUi.t("offer.reason")).setFlexGrow(1);
    }

    /**
     * Derives the down payment's other half as the manager types: rubles give the percent, a percent the rubles
     * (to the kopeck); the make-up follows. A half-typed number derives nothing.
     */
    private void derive(boolean fromPercent) {
        if (deriving) {
            return;
        }
        deriving = true;
        try {
            BigDecimal p = amount(price);
            if (p != null && p.signum() > 0) {
                if (fromPercent) {
                    BigDecimal percent = amount(downPercent);
                    if (percent != null) {
                        downPayment.setValue(formats.amount(p.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP)));
                    }
                } else {
                    BigDecimal down = amount(downPayment);
                    if (down != null) {
                        downPercent.setValue(down.multiply(HUNDRED).divide(p, 4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
                    }
                }
            }
            BigDecimal down = amount(downPayment);
            BigDecimal credit = p == null || down == null ? null : p.subtract(down);
            carCredit.setText(formats.amount(credit));
            productsTotal = BigDecimal.ZERO;
            for (ProductRow row : productRows) {
                BigDecimal a = amount(row.amount());
                if (row.chosen().getValue() && a != null) {
                    productsTotal = productsTotal.add(a);
                }
            }
            financed.setText(credit == null ? "" : formats.amount(credit.add(productsTotal)));
        } finally {
            deriving = false;
        }
    }

    /** A field's amount, or null while it holds no number yet. */
    private BigDecimal amount(TextField field) {
        try {
            return formats.parseAmount(field.getValue());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Matches the programmes through the service itself; a refusal marks its field. */
    void calculate() {
        form.clear();
        List<UUID> ids = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (ProductRow row : productRows) {
            if (row.chosen().getValue()) {
                ids.add(row.product().id());
                BigDecimal a = amount(row.amount());
                if (a == null) {
                    row.amount().setInvalid(true);
                    row.amount().setErrorMessage(CalculatorUi.t("calculator.notAnAmount"));
                    return;
                }
                amounts.add(a);
            }
        }
        BigDecimal p;
        BigDecimal down;
        try {
            p = formats.parseAmount(price.getValue());
            down = formats.parseAmount(downPayment.getValue());
        } catch (NumberFormatException e) {
            price.setInvalid(amount(price) == null);
            downPayment.setInvalid(amount(downPayment) == null);
            return;
        }
        BigDecimal percent = down == null ? amount(downPercent) : null;
        try {
            Offers.Result result = ui.offers().match(new OfferRequest(p, down, percent, term.getValue() == null ? 0 : term.getValue(),
                    ids, null, null, null, OfferRequest.BY_PRIORITY, amounts));
            CreditProgramme only = programme.getValue();
            offers = result.eligible().stream().filter(o -> only == null || o.programmeId().equals(only.id())).toList();
            picked.retainAll(offers.stream().map(Offer::programmeId).collect(Collectors.toSet()));
            compare.setEnabled(!picked.isEmpty());
            offersGrid.setItems(offers);
            refusalsGrid.setItems(result.ineligible().stream().filter(r -> only == null || r.programmeId().equals(only.id())).toList());
            offersGrid.getElement().setAttribute("data-count", String.valueOf(offers.size()));
            comparePanel.removeAll();
        } catch (PitstopException e) {
            List<String> rest = form.show(e);
            if (!rest.isEmpty()) {
                Ui.problem("kso-calculation-refused", String.join("; ", rest));
            }
        }
    }

    /** The picked offers side by side: monthly payment, interest, overpayment, reward, schedule on demand. */
    private void showComparison() {
        comparePanel.removeAll();
        int n = 0;
        for (Offer o : offers) {
            if (!picked.contains(o.programmeId())) {
                continue;
            }
            comparePanel.add(column(o, n++));
        }
    }

    private VerticalLayout column(Offer o, int n) {
        VerticalLayout col = new VerticalLayout();
        col.setId("kso-compare-" + n);
        col.addClassName("kso-compare-column");
        col.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("flex", "1 1 0").set("min-width", "14em");
        Span monthly = new Span(formats.amount(o.monthlyPayment()));
        monthly.setId("kso-compare-monthly-" + n);
        monthly.getElement().setAttribute("data-amount", o.monthlyPayment().toPlainString());
        col.add(new H3(o.bank() + " · " + o.name()),
                line("calculator.monthly", monthly),
                line("calculator.interest", new Span(formats.amount(o.totalInterest()))),
                line("calculator.overpayment", new Span(formats.amount(overpayment(o, productsTotal)))),
                line("calculator.reward", new Span(formats.amount(o.reward()))));
        Button schedule = new Button(CalculatorUi.t("calculator.schedule"));
        schedule.setId("kso-compare-schedule-" + n);
        schedule.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        schedule.addClickListener(e -> {
            col.add(schedule(o, n));
            schedule.setEnabled(false);
        });
        col.add(schedule);
        return col;
    }

    /**
     * What the client pays above the car's credit: the interest and the products financed into the loan (both are
     * repaid to the bank on top of what the car cost less the down payment).
     */
    static BigDecimal overpayment(Offer offer, BigDecimal productsFinanced) {
        return offer.totalInterest().add(productsFinanced).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static HorizontalLayout line(String key, Span value) {
        HorizontalLayout row = new HorizontalLayout(new Span(CalculatorUi.t(key)), value);
        row.setSpacing(true);
        return row;
    }

    private Grid<SchedulePayment> schedule(Offer o, int n) {
        LoanCalculation c = ui.calculator().calculate(new LoanTerms(Money.of(o.financedAmount(), Money.RUB), o.annualRatePercent(),
                term.getValue(), Money.of(o.residual(), Money.RUB)));
        Grid<SchedulePayment> grid = new Grid<>();
        grid.setId("kso-schedule-" + n);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(SchedulePayment::month).setHeader(CalculatorUi.t("schedule.month")).setAutoWidth(true);
        grid.addColumn(s -> formats.amount(s.payment().amount())).setHeader(CalculatorUi.t("schedule.payment")).setAutoWidth(true);
        grid.addColumn(s -> formats.amount(s.interest().amount())).setHeader(CalculatorUi.t("schedule.interest")).setAutoWidth(true);
        grid.addColumn(s -> formats.amount(s.principal().amount())).setHeader(CalculatorUi.t("schedule.principal")).setAutoWidth(true);
        grid.addColumn(s -> formats.amount(s.balance().amount())).setHeader(CalculatorUi.t("schedule.balance")).setAutoWidth(true);
        grid.setItems(c.schedule());
        grid.setHeight("20em");
        return grid;
    }

    @Override
    public String getPageTitle() {
        return CalculatorUi.t("calculator.title");
    }
}
