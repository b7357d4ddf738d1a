package io.pitstop.tasks.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;

/**
 * A task to create. {@code assignee} is a staff login or a group as {@code group:<code>} (see
 * {@link TaskService#GROUP_PREFIX}); {@code coWorkers} (соисполнители) work on it too and see it among their tasks,
 * {@code observers} (наблюдатели) only follow it. {@code deadline} and {@code reminderAt} may be absent; both are
 * instants, shown in each reader's time zone. {@code checklist}: the texts of its items, in order.
 * {@code requiredRole}: a role the assignee must hold (an accountant for a refund), or null.
 */
public record TaskDraft(String title, String description, String assignee, Instant deadline, boolean important,
                        boolean confirmByCreator, List<RecordRef> links, List<String> coWorkers, List<String> observers,
                        Instant reminderAt, List<String> checklist, String requiredRole) {
    public TaskDraft {
        links = copy(links);
        coWorkers = copy(coWorkers);
        observers = copy(observers);
        checklist = copy(checklist);
    }

    /** A task with no co-workers, observers, reminder, checklist or required role. */
    public TaskDraft(String title, String description, String assignee, Instant deadline, boolean important,
                     boolean confirmByCreator, List<RecordRef> links) {
        this(title, description, assignee, deadline, important, confirmByCreator, links, null, null, null, null, null);
    }

    /** Whether the task goes to a group rather than to one person. */
    public boolean forGroup() {
        return assignee != null && assignee.startsWith(TaskService.GROUP_PREFIX);
    }

    // a list given with a null element is kept as it came so that the rules can name the element
    private static <T> List<T> copy(List<T> list) {
        if (list == null) {
            return List.of();
        }
        // List.of(...).contains(null) throws, so look element by element
        return list.stream().anyMatch(java.util.Objects::isNull)
                ? java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list)) : List.copyOf(list);
    }
}
