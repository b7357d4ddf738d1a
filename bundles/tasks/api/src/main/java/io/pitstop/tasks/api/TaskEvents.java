package io.pitstop.tasks.api;

/**
 * Event Admin topics of tasks, published after commit with the task as subject. Properties: {@code number},
 * {@code assignee}, {@code status}, and for a status change {@code from}.
 */
public final class TaskEvents {
    public static final String CREATED = "pitstop/tasks/CREATED";
    public static final String STATUS_CHANGED = "pitstop/tasks/STATUS_CHANGED";

    private TaskEvents() {
    }
}
