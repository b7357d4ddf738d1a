package io.pitstop.tasks.api;

/**
 * Filters of a task list; null means "any". {@code overdue}: open tasks whose deadline has passed (true) or every
 * other task (false). {@code dueWithinDays}: open tasks due from now to that many days ahead (the horizon of a
 * task list).
 */
public record TaskQuery(String assignee, TaskStatus status, Boolean overdue, Integer dueWithinDays) {
    public static TaskQuery all() {
        return new TaskQuery(null, null, null, null);
    }
}
