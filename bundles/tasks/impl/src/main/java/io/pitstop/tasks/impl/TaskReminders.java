package io.pitstop.tasks.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.Transactions;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires reminders at their time: every {@link #PERIOD_SECONDS} seconds it takes the due reminders of open tasks,
 * marks each fired and publishes {@link TaskEvents#REMINDER} in the same transaction, so a reminder fires once even
 * when two nodes poll one database (the loser's conditional update changes nothing). The UI turns the event into a
 * notice for the assignee; mail comes with the notifications work.
 */
@Component(immediate = true)
public class TaskReminders {
    static final long PERIOD_SECONDS = 15;
    /** Reminders taken per round; more wait for the next one. */
    static final int BATCH = 200;
    /** The author of a fired reminder in the task's history. */
    static final Actor REMINDERS = Actor.system("task-reminders");
    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private DomainEvents events;

    @Reference
    private AuditService audit;

    /** Only so that the tables exist before the first round: the service migrates them when it activates. */
    @Reference
    private TaskService tasks;

    private ScheduledExecutorService timer;

    @Activate
    void activate() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "pitstop-task-reminders"));
        timer.scheduleWithFixedDelay(this::round, 1, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    private void round() {
        try {
            fireDue(Instant.now());
        } catch (RuntimeException e) {
            // the next round tries again; one line per failed round, not a stack every 15 s
            LOG.warn("Task reminders could not be fired this round: {}", e.getMessage());
        }
    }

    /** Fires every due reminder (at most one batch); answers how many fired here. */
    int fireDue(Instant now) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TaskRows rows = new TaskRows(c);
                List<Task> due = rows.dueReminders(now, BATCH);
                int fired = 0;
                for (Task t : due) {
                    if (rows.markReminderFired(t.id())) {
                        audit.record(REMINDERS, t.id().ref(), "reminder", null, Map.of("reminderAt", t.reminderAt().toString()));
                        events.publish(DomainEvent.of(TaskEvents.REMINDER, t.id().ref(), Map.of("number", t.number(),
                                "assignee", t.assignee(), "status", t.status().name(), "title", t.title(),
                                "reminderAt", t.reminderAt().toString(), "coWorkers", String.join(",", t.coWorkers()))));
                        fired++;
                    }
                }
                return fired;
            } catch (SQLException e) {
                throw new IllegalStateException("Tasks cannot fire reminders: " + e.getMessage(), e);
            }
        });
    }
}
