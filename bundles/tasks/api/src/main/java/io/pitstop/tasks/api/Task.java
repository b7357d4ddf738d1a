package io.pitstop.tasks.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;

/**
 * A stored task. {@code number} is sequential and what people quote; {@code id} is what programs keep.
 * {@code assignee} is a login or {@code group:<code>}; {@code reminderAt} is an instant shown in the assignee's
 * time zone.
 */
public record Task(TaskId id, long number, String title, String description, String creator, String assignee,
                   Instant deadline, boolean important, boolean confirmByCreator, TaskStatus status,
                   List<RecordRef> links, Instant createdAt, Instant updatedAt, long version,
                   List<String> coWorkers, List<String> observers, Instant reminderAt, List<ChecklistItem> checklist) {
    public Task {
        links = List.copyOf(links);
        coWorkers = coWorkers == null ? List.of() : List.copyOf(coWorkers);
        observers = observers == null ? List.of() : List.copyOf(observers);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }

    /** The group's code when the task is assigned to a group, else null. */
    public String assigneeGroup() {
        return assignee.startsWith(TaskService.GROUP_PREFIX) ? assignee.substring(TaskService.GROUP_PREFIX.length()) : null;
    }

    /** Whether deadline has passed while work is still expected. */
    public boolean overdueAt(Instant now) {
        return status.open() && deadline != null && deadline.isBefore(now);
    }

    /** This task with another status, time of change and version. */
    public Task withStatus(TaskStatus next, Instant at) {
        return new Task(id, number, title, description, creator, assignee, deadline, important, confirmByCreator, next,
                links, createdAt, at, version + 1, coWorkers, observers, reminderAt, checklist);
    }

    /** This task with another checklist, time of change and version. */
    public Task withChecklist(List<ChecklistItem> items, Instant at) {
        return new Task(id, number, title, description, creator, assignee, deadline, important, confirmByCreator, status,
                links, createdAt, at, version + 1, coWorkers, observers, reminderAt, items);
    }
}
