package io.pitstop.tasks.ui;

import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.ui.api.NoticeSource;
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
 * member of an assigned group) and the co-workers. A {@link NoticeSource}: the shell listens on every page of a
 * signed-in member, whatever view is open, and its push carries the notice to the browser.
 */
@Component(service = {NoticeSource.class, EventHandler.class}, property = EventConstants.EVENT_TOPIC + "=" + TaskEvents.REMINDER)
public class Reminders implements EventHandler, NoticeSource {
    /** The notice's key, the element's {@code data-key}. */
    static final String KEY = "task.reminder";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory staff;

    private final Map<String, Set<Consumer<Notice>>> pages = new ConcurrentHashMap<>();

    @Override
    public Runnable listen(String login, Consumer<Notice> page) {
        pages.computeIfAbsent(login, k -> new CopyOnWriteArraySet<>()).add(page);
        return () -> pages.getOrDefault(login, Set.of()).remove(page);
    }

    @Override
    public void handleEvent(Event event) {
        long number = ((Number) event.getProperty("number")).longValue();
        String title = String.valueOf(event.getProperty("title"));
        Notice notice = new Notice(KEY, () -> TasksUi.t("reminder.notice", number, title));
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
}
