package io.pitstop.tasks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.ChecklistItem;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskStatus;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.RecordExtensions;
import io.pitstop.ui.api.kit.RecordCard;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.List;
import java.util.function.Supplier;

/**
 * A task's card (/task/<id>): what, who, by when, where it stands and the moves its people may make (the creator
 * confirms or returns a task done for confirmation), the checklist with who ticked what, the linked records and
 * the history.
 */
public class TaskCardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final TasksUi ui;
    private final RecordExtensions extensions;
    private Task task;

    public TaskCardView(TasksUi ui, RecordExtensions extensions) {
        this.ui = ui;
        this.extensions = extensions;
        setId("task-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        try {
            task = ui.tasks().get(TaskId.parse(id));
        } catch (NotFoundException | ValidationException e) {
            removeAll();
            Span gone = new Span(TasksUi.t("card.missing"));
            gone.setId("task-missing");
            add(gone);
            return;
        }
        show();
    }

    /** The card: number and title, status, the moves; deadline, assignee and checklist as tiles; then the tabs. */
    private void show() {
        removeAll();
        RecordCard card = new RecordCard("task-card")
                .title("task-title", TasksUi.t("card.heading", task.number(), task.title()))
                .badge(StatusBadge.of("task-status", task.status().name(), TasksUi.status(task.status()),
                        TaskListView.tone(task.status())))
                .subtitle(task.important() ? TasksUi.t("card.important") : null);
        actions().forEach(card::action);
        long done = task.checklist().stream().filter(ChecklistItem::done).count();
        card.tile("task-deadline", TasksUi.t("field.deadline"), task.deadline() == null ? "—" : ui.when(task.deadline()));
        card.tile("task-assignee", TasksUi.t("field.assignee"), ui.who(task.assignee()));
        card.tile("task-checklist-progress", TasksUi.t("card.checklist.progress"), done + " / " + task.checklist().size());
        card.tab("task-tab-details", TasksUi.t("card.details"), this::details);
        card.tab("task-tab-history", TasksUi.t("card.history"), this::history);
        card.extensions(extensions, task.id().ref(), () -> {
            task = ui.tasks().get(task.id());
            show();
        });
        add(card);
    }

    /** Who and when, the description, the linked records and the checklist. */
    private VerticalLayout details() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.add(line("task-creator", "field.creator", ui.who(task.creator())));
        if (task.reminderAt() != null) {
            // in the assignee's zone: the reminder is theirs
            box.add(line("task-reminder", "field.reminderAt",
                    io.pitstop.ui.api.Formats.of(Ui.locale(), ui.zoneOf(task.assignee())).dateTime(task.reminderAt())));
        }
        if (!task.coWorkers().isEmpty()) {
            box.add(line("task-coworkers", "field.coWorkers", String.join(", ", task.coWorkers().stream().map(ui::who).toList())));
        }
        if (!task.observers().isEmpty()) {
            box.add(line("task-observers", "field.observers", String.join(", ", task.observers().stream().map(ui::who).toList())));
        }
        if (task.description() != null) {
            Paragraph d = new Paragraph(task.description());
            d.getStyle().set("white-space", "pre-wrap");
            box.add(d);
        }
        box.add(links(), checklist());
        return box;
    }

    private Div line(String id, String label, String value) {
        Span v = new Span(value);
        v.setId(id);
        return new Div(new Span(TasksUi.t(label) + ": "), v);
    }

    /** The moves of the task's status; the service decides, a refusal is shown. */
    private List<Button> actions() {
        List<Button> bar = new java.util.ArrayList<>();
        boolean creator = Ui.actor() != null && Ui.actor().name().equals(task.creator());
        // only the creator moves a task waiting for confirmation; the service says so to anyone else
        List<TaskStatus> moves = task.status() == TaskStatus.DONE_AWAITING_CONFIRMATION && !creator ? List.of()
                : task.status().next().stream().sorted().toList();
        for (TaskStatus to : moves) {
            String key = task.status() == TaskStatus.DONE_AWAITING_CONFIRMATION && to == TaskStatus.IN_PROGRESS ? "action.return"
                    : "action." + to.name();
            Button b = new Button(TasksUi.t(key), e -> act(() -> ui.tasks().changeStatus(Ui.actor(), task.id(), to)));
            b.setId("task-action-" + to.name());
            if (to == TaskStatus.DONE || to == TaskStatus.CONFIRMED) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            bar.add(b);
        }
        return bar;
    }

    private void act(Supplier<Task> change) {
        try {
            task = change.get();
            show();
        } catch (PitstopException problem) {
            Ui.problem("task.refused", Ui.message(problem));
        }
    }

    private VerticalLayout links() {
        VerticalLayout box = new VerticalLayout();
        box.setId("task-links");
        box.setPadding(false);
        if (task.links().isEmpty()) {
            return box;
        }
        box.add(new H3(TasksUi.t("card.links")));
        for (int i = 0; i < task.links().size(); i++) {
            RecordRef link = task.links().get(i);
            Button open = new Button(TasksUi.t("link." + (TasksUi.TEXTS.has(Ui.locale(), "link." + link.type()) ? link.type() : "other"),
                    link.type(), link.id().toString()), e -> TasksUi.open(link));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setId("task-link-" + i);
            box.add(open);
        }
        return box;
    }

    private VerticalLayout checklist() {
        VerticalLayout box = new VerticalLayout();
        box.setId("task-checklist");
        box.setPadding(false);
        long done = task.checklist().stream().filter(ChecklistItem::done).count();
        box.add(new H3(TasksUi.t("card.checklist", done, task.checklist().size())));
        for (int i = 0; i < task.checklist().size(); i++) {
            ChecklistItem item = task.checklist().get(i);
            int index = i;
            Checkbox box_ = new Checkbox(item.text(), item.done());
            box_.setId("task-check-" + i);
            box_.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    act(() -> ui.tasks().check(Ui.actor(), task.id(), index, e.getValue()));
                }
            });
            HorizontalLayout row = new HorizontalLayout(box_);
            if (item.done()) {
                row.add(new Span(TasksUi.t("card.ticked", ui.who(item.doneBy()), ui.when(item.doneAt()))));
            }
            box.add(row);
        }
        TextField text = new TextField();
        text.setId("task-check-new");
        text.setPlaceholder(TasksUi.t("card.checklist.placeholder"));
        Button add = new Button(TasksUi.t("card.checklist.add"), e -> act(() -> ui.tasks().addChecklistItem(Ui.actor(), task.id(), text.getValue())));
        add.setId("task-check-add");
        box.add(new HorizontalLayout(text, add));
        return box;
    }

    private VerticalLayout history() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("task-history-grid");
        grid.addColumn(e -> ui.when(e.at())).setHeader(TasksUi.t("history.at")).setAutoWidth(true);
        grid.addColumn(e -> ui.who(e.actor())).setHeader(TasksUi.t("history.actor")).setAutoWidth(true);
        grid.addColumn(e -> TasksUi.TEXTS.has(Ui.locale(), "history." + e.action()) ? TasksUi.t("history." + e.action()) : e.action())
                .setHeader(TasksUi.t("history.action")).setAutoWidth(true);
        grid.addColumn(e -> e.after() == null ? "" : e.after()).setHeader(TasksUi.t("history.after")).setFlexGrow(1);
        grid.setItems(ui.tasks().history(task.id(), PageRequest.first(200)).items());
        grid.setAllRowsVisible(true);
        box.add(grid);
        return box;
    }

    @Override
    public String getPageTitle() {
        return task == null ? TasksUi.t("card.title") : TasksUi.t("card.heading", task.number(), task.title());
    }
}
