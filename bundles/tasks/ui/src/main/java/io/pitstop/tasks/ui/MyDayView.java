package io.pitstop.tasks.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.PageRequest;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskView;
import io.pitstop.ui.api.Ui;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * «Мой день» (/my-day): my open tasks overdue, due today, with a reminder today, and the tasks waiting for me to
 * confirm them; "today" in my time zone.
 */
public class MyDayView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    /** Enough for a day's work (seed 004 plans 15 calls a day); more is a list's job. */
    static final int ROWS = 500;

    public MyDayView(TasksUi ui) {
        setId("my-day");
        add(new H2(TasksUi.t("myday.title")));
        String me = Ui.actor().name();
        Instant now = Instant.now();
        ZoneId zone = ui.zone();
        Day day = Day.of(ui.tasks().find(TaskQuery.mine(me), PageRequest.first(ROWS)).items(), now, zone);
        List<Task> awaiting = ui.tasks().find(TaskView.awaitingMyConfirmation.apply(me, TaskQuery.all()), PageRequest.first(ROWS)).items();
        add(section(ui, "my-day-overdue", "myday.overdue", day.overdue()),
                section(ui, "my-day-today", "myday.today", day.today()),
                section(ui, "my-day-reminders", "myday.reminders", day.reminders()),
                section(ui, "my-day-awaiting", "myday.awaiting", awaiting));
    }

    /** The parts of a day's work, read from my open tasks at {@code now} in {@code zone}. */
    record Day(List<Task> overdue, List<Task> today, List<Task> reminders) {
        static Day of(List<Task> mine, Instant now, ZoneId zone) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            List<Task> open = mine.stream().filter(t -> t.status().open()).toList();
            return new Day(open.stream().filter(t -> t.overdueAt(now)).toList(),
                    open.stream().filter(t -> !t.overdueAt(now) && t.deadline() != null
                            && LocalDate.ofInstant(t.deadline(), zone).equals(today)).toList(),
                    open.stream().filter(t -> t.reminderAt() != null && LocalDate.ofInstant(t.reminderAt(), zone).equals(today)).toList());
        }
    }

    private static VerticalLayout section(TasksUi ui, String id, String title, List<Task> tasks) {
        VerticalLayout box = new VerticalLayout();
        box.setId(id);
        box.setPadding(false);
        box.setSpacing(false);
        box.add(new H3(TasksUi.t(title, tasks.size())));
        if (tasks.isEmpty()) {
            Span none = new Span(TasksUi.t("myday.none"));
            none.addClassName("tasks-empty");
            box.add(none);
        }
        for (Task t : tasks) {
            Div row = new Div(new Span(TasksUi.t("myday.row", t.number(), t.title(), ui.when(t.deadline()))));
            row.addClassName("task-row");
            row.getElement().setAttribute("data-number", String.valueOf(t.number()));
            row.getStyle().set("cursor", "pointer");
            row.addClickListener(e -> TasksUi.open(t));
            box.add(row);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return TasksUi.t("myday.title");
    }
}
