package io.pitstop.kso.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PitstopException;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.ImportReport;
import io.pitstop.kso.api.ProgrammeDraft;
import io.pitstop.kso.api.ProgrammeStatus;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.FileDrop;
import io.pitstop.ui.api.kit.FormSupport;
import io.pitstop.ui.api.kit.ListView;
import io.pitstop.ui.api.kit.StatusBadge;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Credit programmes (/kso/programmes) on the kit's list: search by bank, name or id, the count, export; the
 * programme administrator and administrators open a programme's form, create one and import a bank's file (pasted
 * as the bank sent it, CSV) with the report of good rows and each bad line. Sales managers read.
 */
public class ProgrammeListView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    /** A bank's file: the REST import's body cap (1 MiB), so both ways take the same files. */
    static final long IMPORT_MAX_BYTES = 1024 * 1024;

    private final CalculatorUi ui;
    private final ListView<CreditProgramme> list = new ListView<>("kso-programmes");
    private final TextField search = new TextField();

    public ProgrammeListView(CalculatorUi ui) {
        this.ui = ui;
        setId("kso-programmes-view");
        setSizeFull();
        search.setId("kso-programmes-search");
        search.setLabel(CalculatorUi.t("list.search"));
        list.column("bank", CalculatorUi.t("programme.bank"), CreditProgramme::bank);
        list.column("name", CalculatorUi.t("programme.name"), CreditProgramme::name).wide();
        list.column("code", CalculatorUi.t("programme.code"), p -> p.code() == null ? "" : p.code()).narrow();
        list.componentColumn("status", CalculatorUi.t("programme.status"), p -> status(p.status()),
                p -> new StatusBadge(p.status().name(), status(p.status()), tone(p.status())));
        list.column("rate", CalculatorUi.t("programme.rate"), p -> p.annualRatePercent().stripTrailingZeros().toPlainString() + " %");
        list.column("downPayment", CalculatorUi.t("programme.downPayment"), p -> p.downPaymentPercentMin().stripTrailingZeros().toPlainString()
                + "–" + p.downPaymentPercentMax().stripTrailingZeros().toPlainString() + " %");
        list.column("amount", CalculatorUi.t("programme.amount"), p -> Ui.formats().amount(p.amountMin()) + " – " + Ui.formats().amount(p.amountMax()));
        list.column("term", CalculatorUi.t("programme.term"), p -> p.termMonthsMin() + "–" + p.termMonthsMax());
        list.column("location", CalculatorUi.t("programme.location"), p -> p.location() == null ? "" : p.location());
        list.column("priority", CalculatorUi.t("programme.priority"), p -> String.valueOf(p.priority())).narrow();
        list.textFilter("q", search)
                .items(Set.of(), null, page -> {
                    List<CreditProgramme> found = found();
                    return found.subList(Math.min(page.offset(), found.size()), Math.min(page.offset() + page.limit(), found.size()));
                }, () -> found().size())
                .emptyState(CalculatorUi.t("programmes.empty"), null, null)
                .tools("programmes");
        if (CalculatorUi.canEdit()) {
            Button create = new Button(CalculatorUi.t("programmes.create"), e -> new ProgrammeForm(null).open());
            create.setId("kso-programme-create");
            Button importFile = new Button(CalculatorUi.t("programmes.import"), e -> importDialog());
            importFile.setId("kso-import");
            list.actions(create, importFile).onOpen(p -> new ProgrammeForm(p).open());
        }
        add(new H2(CalculatorUi.t("programmes.title")), list);
        setFlexGrow(1, list);
    }

    /** The programmes the search finds: a few hundred at most, so matched here rather than in SQL. */
    private List<CreditProgramme> found() {
        String q = search.getValue() == null ? "" : search.getValue().trim().toLowerCase(Locale.ROOT);
        return ui.programmes().list().stream().filter(p -> q.isEmpty() || (p.bank() + " " + p.name() + " " + p.code())
                .toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    static String status(ProgrammeStatus s) {
        return CalculatorUi.t("status." + s.name());
    }

    static StatusBadge.Tone tone(ProgrammeStatus s) {
        return switch (s) {
            case ACTIVE -> StatusBadge.Tone.SUCCESS;
            case NEW -> StatusBadge.Tone.INFO;
            case CLOSED -> StatusBadge.Tone.NEUTRAL;
        };
    }

    /**
     * The bank's file, dropped or picked (CSV or xlsx, as the bank sends it) or pasted as CSV text; the report lists
     * good rows, repeated ids and every bad line. The file is limited like the REST import's body.
     */
    private void importDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("kso-import-dialog");
        dialog.setHeaderTitle(CalculatorUi.t("import.title"));
        VerticalLayout report = new VerticalLayout();
        report.setId("kso-import-report");
        report.setPadding(false);
        FileDrop drop = new FileDrop("kso-import-upload", IMPORT_MAX_BYTES, f -> runImport(f.bytes(), report))
                .accept(".csv", ".xlsx", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        Span hint = new Span(CalculatorUi.t("import.upload", FileDrop.size(Ui.locale(), IMPORT_MAX_BYTES)));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        TextArea file = new TextArea(CalculatorUi.t("import.file"));
        file.setId("kso-import-file");
        file.setWidth("48em");
        file.setHeight("12em");
        Button run = new Button(CalculatorUi.t("import.run"), e -> runImport(file.getValue().getBytes(StandardCharsets.UTF_8), report));
        run.setId("kso-import-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(CalculatorUi.t("form.close"), e -> dialog.close());
        dialog.add(new VerticalLayout(drop, hint, file, report));
        dialog.getFooter().add(close, run);
        dialog.open();
    }

    private void runImport(byte[] content, VerticalLayout report) {
        report.removeAll();
        try {
            ImportReport r = ui.programmes().importFile(Ui.actor(), content);
            report.add(new Span(CalculatorUi.t("import.done", r.imported(), r.updated(), r.repeated().size(), r.problems().size())));
            UnorderedList lines = new UnorderedList();
            r.repeated().forEach(x -> lines.add(new ListItem(CalculatorUi.t("import.repeated", x.line(), x.earlierLine(), x.code()))));
            r.problems().forEach(x -> lines.add(new ListItem(CalculatorUi.t("import.problem", x.line(), x.field(), Ui.translate(x.reason())))));
            report.add(lines);
            list.refresh();
        } catch (PitstopException ex) {
            UnorderedList lines = new UnorderedList();
            ex.fieldErrors().forEach(f -> lines.add(new ListItem(f.field() + ": " + Ui.translate(f.message()))));
            report.add(new Span(Ui.translate(ex.getMessage())), lines);
        }
    }

    /** A programme's form: every field of the draft; the service's rules mark the fields on Save. */
    private final class ProgrammeForm extends Dialog {
        private static final long serialVersionUID = 1L;
        private final TextField code = text("code");
        private final TextField bank = text("bank");
        private final TextField name = text("name");
        private final TextField location = text("location");
        private final TextField defaultLocation = text("defaultLocation");
        private final Select<ProgrammeStatus> statusField = new Select<>();
        private final BigDecimalField rate = number("annualRatePercent");
        private final BigDecimalField downMin = number("downPaymentPercentMin");
        private final BigDecimalField downMax = number("downPaymentPercentMax");
        private final BigDecimalField amountMin = number("amountMin");
        private final BigDecimalField amountMax = number("amountMax");
        private final IntegerField termMin = integer("termMonthsMin");
        private final IntegerField termMax = integer("termMonthsMax");
        private final BigDecimalField residualMin = number("residualPercentMin");
        private final BigDecimalField residualMax = number("residualPercentMax");
        private final IntegerField kaskoTerm = integer("kaskoTermMonths");
        private final IntegerField priority = integer("priority");
        private final Checkbox online = check("online");
        private final Checkbox residual = check("residual");
        private final Checkbox state = check("stateProgramme");
        private final Checkbox collateral = check("collateral");
        private final Checkbox kasko = check("kaskoRequired");
        private final Checkbox life = check("lifeInsuranceRequired");
        private final Checkbox gap = check("gapRequired");
        private final FormSupport support = new FormSupport();

        ProgrammeForm(CreditProgramme p) {
            setId("kso-programme-form");
            setHeaderTitle(CalculatorUi.t(p == null ? "programme.new" : "programme.edit"));
            statusField.setId("kso-programme-status");
            statusField.setLabel(CalculatorUi.t("programme.status"));
            statusField.setItems(ProgrammeStatus.values());
            statusField.setItemLabelGenerator(ProgrammeListView::status);
            statusField.setValue(ProgrammeStatus.ACTIVE);
            priority.setValue(0);
            FormLayout layout = new FormLayout(code, bank, name, statusField, location, defaultLocation, rate, downMin, downMax,
                    amountMin, amountMax, termMin, termMax, residualMin, residualMax, kaskoTerm, priority, online, residual, state,
                    collateral, kasko, life, gap);
            support.field("code", code).field("bank", bank).field("name", name).field("location", location)
                    .field("defaultLocation", defaultLocation).field("annualRatePercent", rate)
                    .field("downPaymentPercentMin", downMin).field("downPaymentPercentMax", downMax)
                    .field("amountMin", amountMin).field("amountMax", amountMax).field("termMonthsMin", termMin)
                    .field("termMonthsMax", termMax).field("residualPercentMin", residualMin)
                    .field("residualPercentMax", residualMax).field("kaskoTermMonths", kaskoTerm).field("priority", priority);
            if (p != null) {
                code.setValue(nz(p.code()));
                bank.setValue(nz(p.bank()));
                name.setValue(nz(p.name()));
                location.setValue(nz(p.location()));
                defaultLocation.setValue(nz(p.defaultLocation()));
                statusField.setValue(p.status());
                rate.setValue(p.annualRatePercent());
                downMin.setValue(p.downPaymentPercentMin());
                downMax.setValue(p.downPaymentPercentMax());
                amountMin.setValue(p.amountMin());
                amountMax.setValue(p.amountMax());
                termMin.setValue(p.termMonthsMin());
                termMax.setValue(p.termMonthsMax());
                residualMin.setValue(p.residualPercentMin());
                residualMax.setValue(p.residualPercentMax());
                kaskoTerm.setValue(p.kaskoTermMonths());
                priority.setValue(p.priority());
                online.setValue(p.online());
                residual.setValue(p.residual());
                state.setValue(p.stateProgramme());
                collateral.setValue(p.collateral());
                kasko.setValue(p.kaskoRequired());
                life.setValue(p.lifeInsuranceRequired());
                gap.setValue(p.gapRequired());
            }
            Button save = new Button(CalculatorUi.t("form.save"), e -> save(p));
            save.setId("kso-programme-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(CalculatorUi.t("form.close"), e -> close()), save);
            add(layout);
        }

        private void save(CreditProgramme p) {
            support.clear();
            ProgrammeDraft d = new ProgrammeDraft(blank(code), blank(location), blank(defaultLocation), bank.getValue(),
                    online.getValue(), name.getValue(), statusField.getValue(), rate.getValue(), downMin.getValue(),
                    downMax.getValue(), amountMin.getValue(), amountMax.getValue(), nz(termMin.getValue()),
                    nz(termMax.getValue()), residual.getValue(), residualMin.getValue(), residualMax.getValue(),
                    state.getValue(), collateral.getValue(), kasko.getValue(), kaskoTerm.getValue(), life.getValue(),
                    gap.getValue(), nz(priority.getValue()));
            try {
                if (p == null) {
                    ui.programmes().create(Ui.actor(), d);
                } else {
                    ui.programmes().update(Ui.actor(), p.id(), d);
                }
                Ui.notice("kso-programme-saved", CalculatorUi.t("programme.saved", d.name()));
                list.refresh();
                close();
            } catch (PitstopException ex) {
                List<String> rest = support.show(ex);
                if (!rest.isEmpty()) {
                    Ui.problem("kso-programme-refused", String.join("; ", rest));
                }
            }
        }
    }

    private static TextField text(String field) {
        TextField f = new TextField(CalculatorUi.t("programme." + field));
        f.setId("kso-programme-" + field);
        return f;
    }

    private static BigDecimalField number(String field) {
        BigDecimalField f = new BigDecimalField(CalculatorUi.t("programme." + field));
        f.setId("kso-programme-" + field);
        return f;
    }

    private static IntegerField integer(String field) {
        IntegerField f = new IntegerField(CalculatorUi.t("programme." + field));
        f.setId("kso-programme-" + field);
        return f;
    }

    private static Checkbox check(String field) {
        Checkbox f = new Checkbox(CalculatorUi.t("programme." + field));
        f.setId("kso-programme-" + field);
        return f;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }

    private static String blank(TextField f) {
        return f.getValue() == null || f.getValue().isBlank() ? null : f.getValue().trim();
    }

    @Override
    public String getPageTitle() {
        return CalculatorUi.t("programmes.title");
    }
}
