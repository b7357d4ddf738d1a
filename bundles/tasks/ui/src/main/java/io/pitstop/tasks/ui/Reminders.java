package io.pitstop.tasks.ui;

import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Turns {@link TaskEvents#REMINDER} into notices on the open pages of the people it concerns: the assignee (each
 * member of an assigned group) and the co-workers. Pages of this bundle register while attached; the push of the
 * shell carries the notice to the browser.
 */
@Component(service = {Reminders.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC + "=" + TaskEvents.REMINDER)
public class Reminders implements EventHandler {
    /** What a page is told: task number and title. */
    record Notice(String taskId, long number, String title) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory staff;

    private final Map<String, Set<Consumer<Notice>>> pages = new ConcurrentHashMap<>();

    /** Registers a page of {@code login}; run the answer to leave. */
    Runnable listen(String login, Consumer<Notice> page) {
        pages.computeIfAbsent(login, k -> new CopyOnWriteArraySet<>()).add(page);
        return () -> pages.getOrDefault(login, Set.of()).remove(page);
    }

    @Override
    public void handleEvent(Event event) {
        Notice notice = new Notice(String.valueOf(event.getProperty("subject.id")),
                ((Number) event.getProperty("number")).longValue(), String.valueOf(event.getProperty("title")));
        for (String login : recipients(String.valueOf(event.getProperty("assignee")), String.valueOf(event.getProperty("coWorkers")), staff)) {
            pages.getOrDefault(login, Set.of()).forEach(page -> page.accept(notice));
        }
    }

    /** The logins a reminder goes to: the assignee or the members of the assigned group, and the co-workers. */
    static Set<String> recipients(String assignee, String coWorkers, StaffDirectory staff) {
        Set<String> out = new LinkedHashSet<>();
        if (assignee.startsWith(TaskService.GROUP_PREFIX)) {
            if (staff != null) {
                staff.membersOf(assignee.substring(TaskService.GROUP_PREFIX.length())).stream().map(StaffMember::login).forEach(out::add);
            }
        } else {
            out.add(assignee);
        }
        for (String c : coWorkers.split(",")) {
            if (!c.isBlank() && !"null".equals(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Shows reminders on {@code page} while it is attached, to the member signed in there. */
    void follow(com.vaadin.flow.component.Component page) {
        page.addAttachListener(attached -> {
            com.vaadin.flow.component.UI ui = attached.getUI();
            io.pitstop.core.api.Actor actor = io.pitstop.ui.api.Ui.actor();
            if (actor == null) {
                return;
            }
            Runnable leave = listen(actor.name(), n -> ui.access(() -> io.pitstop.ui.api.Ui.notice("task.reminder",
                    TasksUi.t("reminder.notice", n.number(), n.title()))));
            page.addDetachListener(detached -> {
                leave.run();
                detached.unregisterListener();
            });
        });
    }
}
