package io.pitstop.tasks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.RecordAction;
import io.pitstop.ui.api.RecordExtensions;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.ViewContribution;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The task views, the dashboard card and «Создать задачу» on contact and account cards, registered while the task
 * service runs. Each holds the staff directory while it runs (names, zones, groups).
 */
final class TasksContributions {
    private TasksContributions() {
    }

    /** What every task contribution shares: the services and the texts and roles of tasks. */
    abstract static class Base implements io.pitstop.ui.api.Contribution {
        @Reference
        TaskService tasks;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        volatile StaffDirectory staff;

        TasksUi ui() {
            return new TasksUi(tasks, () -> Optional.ofNullable(staff));
        }

        @Override
        public Texts texts() {
            return TasksUi.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return TasksUi.VIEW;
        }
    }

    /** The task list at {@code /tasks}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Listing extends Base implements ViewContribution {
        @Override
        public String route() {
            return TasksUi.LIST;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return TaskListView.class;
        }

        @Override
        public Component createView() {
            return new TaskListView(ui());
        }

        @Override
        public String labelKey() {
            return "menu.tasks";
        }

        @Override
        public String icon() {
            return "TASKS";
        }

        @Override
        public int order() {
            return 5;
        }
    }

    /** «Мой день» at {@code /my-day}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class MyDay extends Base implements ViewContribution {
        @Override
        public String route() {
            return TasksUi.MY_DAY;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return MyDayView.class;
        }

        @Override
        public Component createView() {
            return new MyDayView(ui());
        }

        @Override
        public String labelKey() {
            return "menu.myday";
        }

        @Override
        public String icon() {
            return "CALENDAR_USER";
        }

        @Override
        public int order() {
            return 4;
        }
    }

    /** The task card at {@code /task/<id>}, with the tabs and actions other bundles add to tasks (files, comments). */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Card extends Base implements ViewContribution {
        @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
        private volatile List<RecordTab> tabs;

        @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
        private volatile List<RecordAction> actions;

        @Override
        public String route() {
            return TasksUi.CARD;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return TaskCardView.class;
        }

        @Override
        public Component createView() {
            return new TaskCardView(ui(), new RecordExtensions(() -> tabs == null ? List.of() : List.copyOf(tabs),
                    () -> actions == null ? List.of() : List.copyOf(actions)));
        }

        @Override
        public String labelKey() {
            return "card.title";
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** «Задачи на сегодня»: my tasks due today and overdue, a way into my day; it shows reminders too. */
    @org.osgi.service.component.annotations.Component(service = DashboardCard.class)
    public static class Today extends Base implements DashboardCard {
        @Override
        public String id() {
            return "tasks-today";
        }

        @Override
        public String labelKey() {
            return "dashboard.today";
        }

        @Override
        public Component create() {
            TasksUi ui = ui();
            MyDayView.Day day = MyDayView.Day.of(tasks.find(TaskQuery.mine(Ui.actor().name()), PageRequest.first(MyDayView.ROWS)).items(),
                    Instant.now(), ui.zone());
            Span today = new Span(String.valueOf(day.today().size()));
            today.setId("tasks-today-count");
            Span overdue = new Span(String.valueOf(day.overdue().size()));
            overdue.setId("tasks-today-overdue");
            Button open = new Button(TasksUi.t("dashboard.open"), e -> e.getSource().getUI().ifPresent(u -> u.navigate(TasksUi.MY_DAY)));
            open.setId("tasks-today-open");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            VerticalLayout body = new VerticalLayout(new Span(TasksUi.t("dashboard.dueToday")), today,
                    new Span(TasksUi.t("dashboard.overdue")), overdue, open);
            body.setPadding(false);
            body.setSpacing(false);
            return body;
        }
    }

    /** «Создать задачу» on contact and account cards: the dialog links the record. */
    @org.osgi.service.component.annotations.Component(service = RecordAction.class)
    public static class CreateTask extends Base implements RecordAction {
        @Override
        public Set<String> recordTypes() {
            return Set.of("contact", "account");
        }

        @Override
        public String id() {
            return "task";
        }

        @Override
        public String labelKey() {
            return "action.createTask";
        }

        @Override
        public void run(RecordRef record, Runnable refresh) {
            new NewTaskDialog(ui(), record, refresh).open();
        }
    }
}
