package io.pitstop.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PitstopException;
import io.pitstop.payments.api.Payment;
import io.pitstop.payments.api.PaymentQuery;
import io.pitstop.payments.api.PaymentStatus;
import io.pitstop.payments.api.StatementReport;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ListView;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * «Платежи» (/payments): every payment newest first with its status, filtered by status ({@code ?status=UNMATCHED}
 * is the queue), a row opens the payment card; accountants import a statement here. The statement's text is pasted
 * (the staff UI has no upload component yet; the folder route and the REST call take files in any charset).
 */
public class PaymentsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final PaymentsUi ui;
    private final ListView<Payment> list = new ListView<>("payments");
    private final Select<PaymentStatus> status = new Select<>();

    public PaymentsView(PaymentsUi ui) {
        this.ui = ui;
        setId("payments-view");
        setSizeFull();
        status.setId("payments-filter-status");
        status.setLabel(PaymentsUi.t("filter.status"));
        status.setItems(PaymentStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(PaymentsUi.t("filter.status.all"));
        status.setItemLabelGenerator(s -> s == null ? PaymentsUi.t("filter.status.all") : PaymentsUi.t("status." + s.name()));
        list.column("date", PaymentsUi.t("payment.date"), p -> Ui.formats().date(p.date())).narrow();
        list.column("number", PaymentsUi.t("payment.number"), Payment::number).narrow();
        list.column("amount", PaymentsUi.t("payment.amount"), p -> Ui.formats().amount(p.amount()));
        list.column("payer", PaymentsUi.t("payment.payer"), p -> p.payer().name() == null ? "" : p.payer().name()).wide();
        list.column("purpose", PaymentsUi.t("payment.purpose"), p -> p.purpose() == null ? "" : p.purpose()).wide();
        list.componentColumn("status", PaymentsUi.t("payment.status"), p -> PaymentsUi.t("status." + p.status().name()),
                p -> PaymentsUi.badge(p.status()));
        list.column("account", PaymentsUi.t("payment.account"), p -> p.accountNumber() == null ? "" : p.accountNumber());
        list.enumFilter("status", status, PaymentStatus.class)
                .items(Set.of(), null, page -> ui.payments().list(new PaymentQuery(status.getValue(), null), page).items(),
                        () -> ui.payments().list(new PaymentQuery(status.getValue(), null), io.pitstop.core.api.PageRequest.first(1)).total())
                .emptyState(PaymentsUi.t("payments.empty"), null, null)
                .tools("payments")
                .onOpen(p -> new PaymentCard(ui, p.id(), list::refresh).open());
        if (PaymentsUi.canWork()) {
            Button importButton = new Button(PaymentsUi.t("import.open"), e -> new ImportDialog().open());
            importButton.setId("payments-import");
            list.actions(importButton);
        }
        add(new H2(PaymentsUi.t("payments.title")), list);
        setFlexGrow(1, list);
    }

    /** The statement's text pasted, imported, and the report shown in the same dialog. */
    private final class ImportDialog extends Dialog {
        private static final long serialVersionUID = 1L;
        private final TextArea file = new TextArea(PaymentsUi.t("import.file"));
        private final Div report = new Div();

        ImportDialog() {
            setId("payments-import-dialog");
            setHeaderTitle(PaymentsUi.t("import.title"));
            setWidth("48rem");
            file.setId("payments-import-file");
            file.setWidthFull();
            file.setHeight("16rem");
            file.setHelperText(PaymentsUi.t("import.help"));
            report.setId("payments-import-report");
            Button run = new Button(PaymentsUi.t("import.run"), e -> run());
            run.setId("payments-import-run");
            run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(new Button(PaymentsUi.t("form.close"), e -> close()), run);
            add(file, report);
        }

        private void run() {
            report.removeAll();
            try {
                StatementReport r = ui.payments().importStatement(Ui.actor(), file.getValue().getBytes(StandardCharsets.UTF_8), "ui");
                report.add(line("payments-report-counts", PaymentsUi.t("report.counts", r.read(), r.imported(), r.matched(),
                        r.unmatched(), r.outgoing(), r.duplicates(), r.rejected().size())));
                r.rejected().forEach(n -> report.add(line("payments-report-rejected", PaymentsUi.t("report.rejected", n.line(),
                        Ui.translate(n.reason())))));
                r.warnings().forEach(n -> report.add(line("payments-report-warning", PaymentsUi.t("report.warning", n.line(),
                        Ui.translate(n.reason())))));
                report.getElement().setAttribute("data-imported", String.valueOf(r.imported()));
                list.refresh();
            } catch (PitstopException ex) {
                report.add(line("payments-report-refused", Ui.message(ex)));
            }
        }

        private Span line(String className, String text) {
            Span s = new Span(text);
            s.addClassName(className);
            s.getStyle().set("display", "block");
            return s;
        }
    }

    @Override
    public String getPageTitle() {
        return PaymentsUi.t("payments.title");
    }
}
