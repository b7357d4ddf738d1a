package io.pitstop.tasks.api;

/**
 * Filters of a task list; null means "any", and all given filters apply together. {@code overdue}: open tasks whose
 * deadline has passed (true) or every other task (false). {@code dueWithinDays}: open tasks due from now to that
 * many days ahead (the horizon of a task list, «Горизонт: 30»). {@code creator}: tasks this login created.
 * {@code group}: tasks assigned to this group. {@code awaitingConfirmationBy}: tasks done and waiting for this
 * login, their creator, to confirm them. {@code member}: the tasks of this login (assigned to them or to one of
 * their groups, or with them as co-worker), what "my tasks" shows.
 */
public record TaskQuery(String assignee, TaskStatus status, Boolean overdue, Integer dueWithinDays, String creator,
                        String group, String awaitingConfirmationBy, String member) {
    public TaskQuery(String assignee, TaskStatus status, Boolean overdue, Integer dueWithinDays) {
        this(assignee, status, overdue, dueWithinDays, null, null, null, null);
    }

    public static TaskQuery all() {
        return new TaskQuery(null, null, null, null);
    }

    /** "My tasks" of a login. */
    public static TaskQuery mine(String login) {
        return new TaskQuery(null, null, null, null, null, null, null, login);
    }
}
