package io.pitstop.billing.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.billing.api.BillingRun;
import io.pitstop.billing.api.BillingRuns;
import io.pitstop.billing.api.ChargeOutcome;
import io.pitstop.core.api.PitstopException;
import io.pitstop.ui.api.Ui;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * «Биллинг: запуск»: a month's run started with or without preview, its progress bar while it goes (the page polls
 * once a second) and the report: counts of each outcome and one line per account.
 */
public class RunView extends VerticalLayout {
    private final BillingRuns runs;
    private final ProgressBar progress = new ProgressBar();
    private final Span counts = new Span();
    private final Grid<ChargeOutcome> report = new Grid<>();
    private UUID current;

    public RunView(BillingRuns runs) {
        this.runs = runs;
        setId("billing-run-view");
        add(new H2(BillingTexts.TEXTS.get("run.title")));
        TextField period = new TextField(BillingTexts.TEXTS.get("run.period"));
        period.setId("billing-run-period");
        period.setValue(YearMonth.now(Ui.zone()).toString());
        Checkbox preview = new Checkbox(BillingTexts.TEXTS.get("run.preview"), true);
        preview.setId("billing-run-preview");
        Button start = new Button(BillingTexts.TEXTS.get("run.start"), e -> start(period.getValue(), preview.getValue()));
        start.setId("billing-run-start");
        HorizontalLayout form = new HorizontalLayout(period, preview, start);
        form.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(form);
        progress.setId("billing-run-progress");
        progress.setVisible(false);
        counts.setId("billing-run-counts");
        report.setId("billing-run-report");
        report.addColumn(o -> o.accountId().toString()).setHeader(BillingTexts.TEXTS.get("run.account"));
        report.addColumn(o -> BillingTexts.TEXTS.get("result." + o.result().name())).setHeader(BillingTexts.TEXTS.get("run.result"));
        report.addColumn(o -> Ui.formats().amount(o.charged())).setHeader(BillingTexts.TEXTS.get("run.charged"));
        report.addColumn(o -> Ui.formats().amount(o.reserved())).setHeader(BillingTexts.TEXTS.get("run.reserved"));
        report.addColumn(o -> o.reason() == null ? "" : o.reason()).setHeader(BillingTexts.TEXTS.get("run.reason"));
        report.setClassNameGenerator(o -> "billing-run-row");
        add(progress, counts, report);
        setSizeFull();
    }

    private void start(String period, boolean preview) {
        YearMonth p;
        try {
            p = YearMonth.parse(period.trim());
        } catch (DateTimeParseException e) {
            Ui.problem("billing.run.refused", BillingTexts.TEXTS.get("run.badPeriod"));
            return;
        }
        try {
            current = runs.start(Ui.actor(), p, List.of(), preview).id();
            progress.setVisible(true);
            refresh();
        } catch (PitstopException e) {
            Ui.problem("billing.run.refused", Ui.message(e));
        }
    }

    private void refresh() {
        if (current == null) {
            return;
        }
        BillingRun r = runs.get(current);
        if (r.total() != null && r.total() > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, (double) r.done() / r.total()));
        } else {
            progress.setIndeterminate(!r.status().finished());
        }
        progress.getElement().setAttribute("data-status", r.status().name());
        counts.setText(BillingTexts.TEXTS.get("run.counts", r.charged(), r.reserved(), r.suspended(), r.skipped(), r.failed()));
        counts.getElement().setAttribute("data-status", r.status().name());
        counts.getElement().setAttribute("data-charged", Integer.toString(r.charged()));
        counts.getElement().setAttribute("data-suspended", Integer.toString(r.suspended()));
        report.setItems(r.accounts());
        if (r.status().finished()) {
            current = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(1000);
        event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }
}
