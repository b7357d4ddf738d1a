package io.pitstop.core.jobs.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.shared.Registration;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.jobs.JobRun;
import io.pitstop.core.api.jobs.JobSchedule;
import io.pitstop.core.api.jobs.JobStatus;
import io.pitstop.core.api.jobs.JobType;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ConfirmDialog;
import io.pitstop.ui.api.kit.ListView;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Background jobs ({@code /jobs}, administrators): the runs on the kit's list with a progress bar each, their
 * status, rate and end estimate, cancel (confirmed) and resume; a job type to start; the schedules tab. While the
 * page is open it reads the runs again every second, so a bar moves as its job writes progress.
 *
 * <p>Ids: {@code jobs-view}, {@code jobs-tab-runs}, {@code jobs-tab-schedules}, the list {@code jobs} (so
 * {@code jobs-grid}, {@code jobs-count}), per run {@code job-progress-<id>} ({@code data-done}, {@code data-total}),
 * {@code job-status-<id>} ({@code data-status}), {@code job-cancel-<id>} and its dialog {@code job-cancel-confirm}
 * ({@code -ok}), {@code job-resume-<id>}; {@code jobs-start-type}, {@code jobs-start}; {@code jobs-schedules-grid},
 * {@code jobs-schedule-type}, {@code -cron}, {@code -zone}, {@code -add}, {@code job-schedule-delete-<id>}.
 */
public class JobsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    static final String ROUTE = "jobs";

    private final transient Jobs jobs;
    private final ListView<JobRun> list = new ListView<>("jobs");
    private final Select<String> typeFilter = new Select<>();
    private final Select<JobStatus> status = new Select<>();
    private final Select<String> startType = new Select<>();
    private final Grid<JobSchedule> schedules = new Grid<>();
    private final Select<String> scheduleType = new Select<>();
    private final TextField cron = new TextField();
    private final TextField zone = new TextField();
    private final Div runsPage = new Div();
    private final VerticalLayout schedulesPage = new VerticalLayout();
    private final FieldProblems problems = new FieldProblems().field("cron", cron).field("zone", zone);
    private Registration polling;

    public JobsView(Jobs jobs) {
        this.jobs = jobs;
        setId("jobs-view");
        setSizeFull();
        List<String> types = jobs.types().stream().map(JobType::name).toList();

        typeFilter.setId("jobs-filter-type");
        typeFilter.setLabel(t("filter.type"));
        typeFilter.setItems(types);
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(t("status.any"));
        typeFilter.setItemLabelGenerator(n -> n == null ? t("status.any") : label(n));
        status.setId("jobs-filter-status");
        status.setLabel(t("filter.status"));
        status.setItems(JobStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(t("status.any"));
        status.setItemLabelGenerator(s -> s == null ? t("status.any") : t("status." + s.name()));

        startType.setId("jobs-start-type");
        startType.setLabel(t("start.type"));
        startType.setItems(types);
        startType.setItemLabelGenerator(this::label);
        if (!types.isEmpty()) {
            startType.setValue(types.get(0));
        }
        Button start = new Button(t("start"), e -> start());
        start.setId("jobs-start");

        list.column("type", t("column.type"), r -> label(r.type()));
        list.componentColumn("status", t("column.status"), r -> t("status." + r.status().name()), this::badge);
        list.componentColumn("progress", t("column.progress"), JobsView::doneText, this::bar);
        list.column("done", t("column.done"), JobsView::doneText).narrow();
        list.column("rate", t("column.rate"), r -> r.rate() == null ? "" : String.valueOf(r.rate())).narrow();
        list.column("eta", t("column.eta"), r -> r.eta() == null ? "" : Ui.formats().dateTime(r.eta()));
        list.column("created", t("column.created"), r -> Ui.formats().dateTime(r.createdAt()));
        list.column("startedBy", t("column.startedBy"), JobRun::startedBy);
        list.column("result", t("column.result"), r -> r.error() != null ? r.error() : r.result() == null ? "" : r.result()).wide();
        list.componentColumn("actions", t("column.actions"), r -> "", this::actions);
        list.grid().setClassNameGenerator(r -> "job-row");
        list.filter("type", typeFilter, v -> v == null ? "" : v, v -> v == null || v.isEmpty() ? null : v)
                .enumFilter("status", status, JobStatus.class)
                .items(Set.of(), null, page -> jobs.list(Ui.actor(), typeFilter.getValue(), status.getValue(), page).items(),
                        () -> jobs.list(Ui.actor(), typeFilter.getValue(), status.getValue(), PageRequest.first(1)).total())
                .emptyState(t("list.empty"), null, null)
                .actions(startType, start)
                .tools("jobs");
        runsPage.add(list);
        runsPage.setSizeFull();

        scheduleType.setId("jobs-schedule-type");
        scheduleType.setLabel(t("column.type"));
        scheduleType.setItems(types);
        scheduleType.setItemLabelGenerator(this::label);
        if (!types.isEmpty()) {
            scheduleType.setValue(types.get(0));
        }
        cron.setId("jobs-schedule-cron");
        cron.setLabel(t("column.cron"));
        cron.setPlaceholder("0 20 * * *");
        zone.setId("jobs-schedule-zone");
        zone.setLabel(t("column.zone"));
        zone.setPlaceholder("Europe/Moscow");
        Button add = new Button(t("schedule.add"), e -> addSchedule());
        add.setId("jobs-schedule-add");
        HorizontalLayout form = new HorizontalLayout(scheduleType, cron, zone, add);
        form.setAlignItems(Alignment.BASELINE);
        schedules.setId("jobs-schedules-grid");
        schedules.addColumn(s -> label(s.type())).setHeader(t("column.type"));
        schedules.addColumn(JobSchedule::cron).setHeader(t("column.cron"));
        schedules.addColumn(JobSchedule::zone).setHeader(t("column.zone"));
        schedules.addColumn(s -> Ui.formats().dateTime(s.nextAt())).setHeader(t("column.next"));
        schedules.addColumn(s -> s.lastAt() == null ? "" : Ui.formats().dateTime(s.lastAt())).setHeader(t("column.last"));
        schedules.addComponentColumn(s -> {
            Button delete = new Button(t("schedule.delete"), e -> {
                act(() -> jobs.unschedule(Ui.actor(), s.id()));
                Ui.notice("jobs.schedule.deleted", t("schedule.deleted"));
                refreshSchedules();
            });
            delete.setId("job-schedule-delete-" + s.id());
            return delete;
        }).setHeader(t("column.actions"));
        schedulesPage.add(form, schedules);
        schedulesPage.setSizeFull();
        schedulesPage.setVisible(false);

        Tab runsTab = new Tab(t("tab.runs"));
        runsTab.setId("jobs-tab-runs");
        Tab schedulesTab = new Tab(t("tab.schedules"));
        schedulesTab.setId("jobs-tab-schedules");
        Tabs tabs = new Tabs(runsTab, schedulesTab);
        tabs.addSelectedChangeListener(e -> {
            boolean runs = e.getSelectedTab() == runsTab;
            runsPage.setVisible(runs);
            schedulesPage.setVisible(!runs);
            if (!runs) {
                refreshSchedules();
            }
        });
        add(new H2(t("title")), tabs, runsPage, schedulesPage);
        setFlexGrow(1, runsPage, schedulesPage);
    }

    private static String t(String key, Object... args) {
        return JobsContributions.TEXTS.get(key, args);
    }

    private String label(String type) {
        if (type == null) {
            return "";
        }
        String language = Ui.locale().getLanguage();
        return jobs.types().stream().filter(j -> j.name().equals(type)).findFirst().map(j -> j.label(language)).orElse(type);
    }

    private static String doneText(JobRun r) {
        return r.total() == null ? String.valueOf(r.done()) : r.done() + " / " + r.total();
    }

    private StatusBadge badge(JobRun r) {
        StatusBadge.Tone tone = switch (r.status()) {
            case SUCCEEDED -> StatusBadge.Tone.SUCCESS;
            case FAILED -> StatusBadge.Tone.ERROR;
            case CANCELLED -> StatusBadge.Tone.NEUTRAL;
            case QUEUED -> StatusBadge.Tone.WARNING;
            case RUNNING -> StatusBadge.Tone.INFO;
        };
        return StatusBadge.of("job-status-" + r.id(), r.status().name(), t("status." + r.status().name()), tone);
    }

    private ProgressBar bar(JobRun r) {
        ProgressBar bar = new ProgressBar();
        bar.setId("job-progress-" + r.id());
        if (r.total() == null || r.total() == 0) {
            bar.setIndeterminate(r.status() == JobStatus.RUNNING);
        } else {
            bar.setValue(Math.min(1.0, (double) r.done() / r.total()));
        }
        bar.getElement().setAttribute("data-done", String.valueOf(r.done()));
        bar.getElement().setAttribute("data-total", r.total() == null ? "" : String.valueOf(r.total()));
        bar.getElement().setAttribute("aria-label", t("column.progress") + " " + doneText(r));
        bar.setWidth("8em");
        return bar;
    }

    private com.vaadin.flow.component.Component actions(JobRun r) {
        HorizontalLayout box = new HorizontalLayout();
        if (!r.status().finished()) {
            Button cancel = new Button(t("cancel"), e -> new ConfirmDialog("job-cancel-confirm", t("cancel.title"))
                    .text(t("cancel.text"))
                    .row("type", t("column.type"), label(r.type()))
                    .row("done", t("column.done"), doneText(r))
                    .onConfirm(t("cancel.ok"), true, () -> {
                        if (act(() -> jobs.cancel(Ui.actor(), r.id()))) {
                            Ui.notice("jobs.cancelled", t("cancelled"));
                        }
                        list.refresh();
                    }).open());
            cancel.setId("job-cancel-" + r.id());
            box.add(cancel);
        }
        if (r.status() == JobStatus.FAILED) {
            Button resume = new Button(t("resume"), e -> {
                if (act(() -> jobs.resume(Ui.actor(), r.id()))) {
                    Ui.notice("jobs.resumed", t("resumed"));
                }
                list.refresh();
            });
            resume.setId("job-resume-" + r.id());
            box.add(resume);
        }
        return box.getComponentCount() == 0 ? new Span() : box;
    }

    private void start() {
        if (startType.getValue() != null && act(() -> jobs.start(Ui.actor(), startType.getValue(), Map.of()))) {
            Ui.notice("jobs.started", t("started"));
        }
        list.refresh();
    }

    private void addSchedule() {
        problems.clear();
        try {
            jobs.schedule(Ui.actor(), scheduleType.getValue(), cron.getValue(), zone.getValue(), Map.of());
            Ui.notice("jobs.schedule.added", t("schedule.added"));
            cron.clear();
            refreshSchedules();
        } catch (PitstopException e) {
            List<String> rest = problems.show(e);
            if (!rest.isEmpty()) {
                Ui.problem("jobs.refused", String.join("; ", rest));
            }
        }
    }

    private void refreshSchedules() {
        schedules.setItems(jobs.schedules(Ui.actor()));
    }

    /** Runs an action; a refusal (finished already, say) is shown as a notice instead of failing the page. */
    private static boolean act(Runnable action) {
        try {
            action.run();
            return true;
        } catch (PitstopException e) {
            Ui.problem("jobs.refused", Ui.message(e));
            return false;
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(1000);
        polling = event.getUI().addPollListener(e -> {
            if (runsPage.isVisible()) {
                list.refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    /** A dashboard counter's link names the status: {@code jobs?status=FAILED}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String s = event.getLocation().getQueryParameters().getParameters().getOrDefault("status", List.of("")).get(0);
        for (JobStatus candidate : JobStatus.values()) {
            if (candidate.name().equals(s)) {
                status.setValue(candidate);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return t("title");
    }
}
