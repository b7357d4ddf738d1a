package io.pitstop.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskStatus;
import io.pitstop.tasks.api.TaskView;
import io.pitstop.ui.api.Ui;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The task list (/tasks): my tasks, created by me, overdue, by group, a horizon of N days, awaiting my
 * confirmation. The filters live in the address ({@code ?view=mine&days=30}), so a list is saved as a bookmark
 * or a link and opened again as it was; the menu of saved views offers the lists of seed 004.
 */
public class TaskListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** How many rows the list shows; the count says how many there are. */
    static final int ROWS = 500;

    private final TasksUi ui;
    private final Select<String> view = new Select<>();
    private final Select<String> status = new Select<>();
    private final TextField group = new TextField();
    private final IntegerField days = new IntegerField();
    private final Grid<Task> grid = new Grid<>();
    private final Span count = new Span();
    private final Span empty = new Span();
    private boolean reading;

    public TaskListView(TasksUi ui) {
        this.ui = ui;
        setId("tasks-view");
        ui.reminders().follow(this);
        view.setId("tasks-filter-view");
        view.setLabel(TasksUi.t("filter.view"));
        List<String> views = new java.util.ArrayList<>(List.of(""));
        java.util.Arrays.stream(TaskView.values()).map(Enum::name).forEach(views::add);
        view.setItems(views);
        view.setItemLabelGenerator(v -> TasksUi.t("view." + (v.isEmpty() ? "all" : v)));
        status.setId("tasks-filter-status");
        status.setLabel(TasksUi.t("filter.status"));
        List<String> statuses = new java.util.ArrayList<>(List.of(""));
        for (TaskStatus s : TaskStatus.values()) {
            statuses.add(s.name());
        }
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> s.isEmpty() ? TasksUi.t("status.any") : TasksUi.status(TaskStatus.valueOf(s)));
        group.setId("tasks-filter-group");
        group.setLabel(TasksUi.t("filter.group"));
        days.setId("tasks-filter-days");
        days.setLabel(TasksUi.t("filter.days"));
        days.setMin(0);
        days.setMax(3650);
        view.addValueChangeListener(e -> changed());
        status.addValueChangeListener(e -> changed());
        group.addValueChangeListener(e -> changed());
        days.addValueChangeListener(e -> changed());
        Select<String> saved = new Select<>();
        saved.setId("tasks-saved-views");
        saved.setLabel(TasksUi.t("filter.saved"));
        Map<String, String> presets = presets();
        saved.setItems(presets.keySet());
        saved.setItemLabelGenerator(k -> TasksUi.t("saved." + k));
        saved.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(u -> u.navigate(TasksUi.LIST, QueryParameters.fromString(presets.get(e.getValue()))));
            }
        });
        HorizontalLayout filters = new HorizontalLayout(saved, view, status, group, days);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("tasks-grid");
        grid.addColumn(Task::number).setHeader(TasksUi.t("column.number")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Task::title).setHeader(TasksUi.t("column.title")).setFlexGrow(3);
        grid.addColumn(t -> TasksUi.status(t.status())).setHeader(TasksUi.t("column.status"));
        grid.addColumn(t -> ui.who(t.assignee())).setHeader(TasksUi.t("column.assignee"));
        grid.addColumn(t -> ui.when(t.deadline())).setHeader(TasksUi.t("column.deadline"));
        grid.setClassNameGenerator(t -> "task-row" + (t.overdueAt(Instant.now()) ? " overdue" : "") + (t.important() ? " important" : ""));
        grid.addItemClickListener(e -> TasksUi.open(e.getItem()));
        count.setId("tasks-count");
        empty.setId("tasks-empty");
        empty.setText(TasksUi.t("list.empty"));
        add(new H2(TasksUi.t("list.title")), filters, count, empty, grid);
        setSizeFull();
    }

    /** The saved views every member has: the lists seed 004 works from. */
    static Map<String, String> presets() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("mine", "view=mine");
        m.put("horizon30", "view=mine&days=30");
        m.put("overdue", "view=overdue");
        m.put("awaiting", "view=awaitingMyConfirmation");
        m.put("created", "view=created");
        return m;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        reading = true;
        try {
            view.setValue(first(q, "view", java.util.Arrays.stream(TaskView.values()).map(Enum::name).toList()));
            status.setValue(first(q, "status", java.util.Arrays.stream(TaskStatus.values()).map(Enum::name).toList()));
            group.setValue(q.getOrDefault("group", List.of("")).get(0));
            String d = q.getOrDefault("days", List.of("")).get(0);
            days.setValue(d.matches("\\d{1,4}") ? Integer.valueOf(d) : null);
        } finally {
            reading = false;
        }
        refresh();
    }

    private static String first(Map<String, List<String>> q, String name, List<String> allowed) {
        String v = q.getOrDefault(name, List.of("")).get(0);
        return allowed.contains(v) ? v : "";
    }

    /** A filter changed: the address follows (so the list can be saved as a link), and the rows. */
    private void changed() {
        if (reading) {
            return;
        }
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "view", view.getValue());
        put(q, "status", status.getValue());
        put(q, "group", group.getValue());
        put(q, "days", days.getValue() == null ? null : days.getValue().toString());
        getUI().ifPresent(u -> u.getPage().getHistory().replaceState(null, TasksUi.LIST + (q.isEmpty() ? "" : "?"
                + QueryParameters.simple(q).getQueryString())));
        refresh();
    }

    private static void put(Map<String, String> q, String k, String v) {
        if (v != null && !v.isBlank()) {
            q.put(k, v.trim());
        }
    }

    private void refresh() {
        String me = Ui.actor().name();
        String v = view.getValue() == null ? "" : view.getValue();
        TaskStatus s = status.getValue() == null || status.getValue().isEmpty() ? null : TaskStatus.valueOf(status.getValue());
        String g = group.getValue() == null || group.getValue().isBlank() ? null : group.getValue().trim();
        TaskQuery q = new TaskQuery(null, s, null, days.getValue(), null, g, null, null);
        if (!v.isEmpty()) {
            q = TaskView.valueOf(v).apply(me, q);
        }
        Page<Task> page = ui.tasks().find(q, PageRequest.first(ROWS));
        grid.setItems(page.items());
        count.setText(TasksUi.t("list.count", page.total()));
        count.getElement().setAttribute("data-count", String.valueOf(page.total()));
        empty.setVisible(page.total() == 0);
        grid.setVisible(page.total() > 0);
    }

    @Override
    public String getPageTitle() {
        return TasksUi.t("list.title");
    }
}
