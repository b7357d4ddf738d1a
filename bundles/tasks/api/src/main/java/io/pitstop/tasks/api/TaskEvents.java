package io.pitstop.tasks.api;

/**
 * Event Admin topics of tasks, published after commit with the task as subject. Properties: {@code number},
 * {@code assignee}, {@code status}, and for a status change {@code from}; a reminder carries {@code title},
 * {@code reminderAt} (ISO instant) and {@code coWorkers} (logins, comma-separated).
 */
public final class TaskEvents {
    public static final String CREATED = "pitstop/tasks/CREATED";
    public static final String STATUS_CHANGED = "pitstop/tasks/STATUS_CHANGED";
    public static final String CHECKLIST_CHANGED = "pitstop/tasks/CHECKLIST_CHANGED";
    /** A task's reminder time has come; published once per reminder. */
    public static final String REMINDER = "pitstop/tasks/REMINDER";

    private TaskEvents() {
    }
}
