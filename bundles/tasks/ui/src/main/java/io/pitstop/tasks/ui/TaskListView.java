package io.pitstop.tasks.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PageRequest;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskStatus;
import io.pitstop.tasks.api.TaskView;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ListView;
import io.pitstop.ui.api.kit.StatusBadge;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The task list (/tasks) on the kit's list: my tasks, created by me, overdue, by group, a horizon of N days
 * («Горизонт: 30»), awaiting my confirmation; the row count, the empty state, filters saved by name. A link may
 * open it filtered: {@code tasks?view=mine&days=30}.
 */
public class TaskListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;

    private final TasksUi ui;
    private final ListView<Task> list = new ListView<>("tasks");
    private final Select<TaskView> view = new Select<>();
    private final Select<TaskStatus> status = new Select<>();
    private final TextField group = new TextField();
    private final IntegerField days = new IntegerField();

    public TaskListView(TasksUi ui) {
        this.ui = ui;
        setId("tasks-view");
        setSizeFull();
        view.setId("tasks-filter-view");
        view.setLabel(TasksUi.t("filter.view"));
        view.setItems(TaskView.values());
        view.setEmptySelectionAllowed(true);
        view.setEmptySelectionCaption(TasksUi.t("view.all"));
        view.setItemLabelGenerator(v -> v == null ? TasksUi.t("view.all") : TasksUi.t("view." + v.name()));
        status.setId("tasks-filter-status");
        status.setLabel(TasksUi.t("filter.status"));
        status.setItems(TaskStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(TasksUi.t("status.any"));
        status.setItemLabelGenerator(s -> s == null ? TasksUi.t("status.any") : TasksUi.status(s));
        group.setId("tasks-filter-group");
        group.setLabel(TasksUi.t("filter.group"));
        days.setId("tasks-filter-days");
        days.setLabel(TasksUi.t("filter.days"));
        days.setMin(0);
        days.setMax(3650);

        list.column("number", TasksUi.t("column.number"), t -> String.valueOf(t.number())).narrow();
        list.column("title", TasksUi.t("column.title"), Task::title).wide();
        list.componentColumn("status", TasksUi.t("column.status"), t -> TasksUi.status(t.status()),
                t -> new StatusBadge(t.status().name(), TasksUi.status(t.status()), tone(t.status())));
        list.column("assignee", TasksUi.t("column.assignee"), t -> ui.who(t.assignee()));
        list.column("deadline", TasksUi.t("column.deadline"), t -> ui.when(t.deadline()));
        list.grid().setClassNameGenerator(t -> "task-row" + (t.overdueAt(Instant.now()) ? " overdue" : "")
                + (t.important() ? " important" : ""));
        list.enumFilter("view", view, TaskView.class)
                .enumFilter("status", status, TaskStatus.class)
                .textFilter("group", group)
                .filter("days", days, d -> d == null ? "" : d.toString(), s -> s == null || !s.matches("\\d{1,4}") ? null : Integer.valueOf(s))
                .items(Set.of(), null, page -> ui.tasks().find(query(), page).items(), () -> ui.tasks().find(query(), PageRequest.first(1)).total())
                .emptyState(TasksUi.t("list.empty"), null, null)
                .onOpen(TasksUi::open)
                .tools("tasks");
        add(new H2(TasksUi.t("list.title")), list);
        setFlexGrow(1, list);
    }

    static StatusBadge.Tone tone(TaskStatus status) {
        return switch (status) {
            case DONE, CONFIRMED -> StatusBadge.Tone.SUCCESS;
            case DONE_AWAITING_CONFIRMATION -> StatusBadge.Tone.WARNING;
            case CANCELLED, DEFERRED -> StatusBadge.Tone.NEUTRAL;
            default -> StatusBadge.Tone.INFO;
        };
    }

    /** What the filters ask for, the chosen view narrowed to the signed-in member. */
    private TaskQuery query() {
        String g = group.getValue() == null || group.getValue().isBlank() ? null : group.getValue().trim();
        TaskQuery q = new TaskQuery(null, status.getValue(), null, days.getValue(), null, g, null, null);
        return view.getValue() == null ? q : view.getValue().apply(Ui.actor().name(), q);
    }

    /** A link may name the filters: {@code ?view=mine&days=30}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        String v = q.getOrDefault("view", List.of("")).get(0);
        for (TaskView candidate : TaskView.values()) {
            if (candidate.name().equals(v)) {
                view.setValue(candidate);
            }
        }
        String d = q.getOrDefault("days", List.of("")).get(0);
        if (d.matches("\\d{1,4}")) {
            days.setValue(Integer.valueOf(d));
        }
        String g = q.getOrDefault("group", List.of("")).get(0);
        if (!g.isBlank()) {
            group.setValue(g);
        }
    }

    @Override
    public String getPageTitle() {
        return TasksUi.t("list.title");
    }
}
