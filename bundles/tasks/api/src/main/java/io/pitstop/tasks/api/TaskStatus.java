package io.pitstop.tasks.api;

/**
 * Where a task stands. {@link #DONE_AWAITING_CONFIRMATION} is never asked for: a task whose creator wants to
 * confirm it gets there when someone else finishes it, and only the creator moves it on (to {@link #CONFIRMED} or
 * back to {@link #IN_PROGRESS}).
 */
public enum TaskStatus {
    NEW, IN_PROGRESS, WAITING, DONE, DONE_AWAITING_CONFIRMATION, CONFIRMED, DEFERRED, CANCELLED;

    /**
     * Where a task may be moved from here when asked; {@link #DONE_AWAITING_CONFIRMATION} is reached through
     * {@link #DONE} only, and {@link #DONE}, {@link #CONFIRMED} and {@link #CANCELLED} are final.
     */
    public java.util.Set<TaskStatus> next() {
        return switch (this) {
            case NEW -> java.util.EnumSet.of(IN_PROGRESS, WAITING, DONE, DEFERRED, CANCELLED);
            case IN_PROGRESS -> java.util.EnumSet.of(WAITING, DONE, DEFERRED, CANCELLED);
            case WAITING -> java.util.EnumSet.of(IN_PROGRESS, DONE, DEFERRED, CANCELLED);
            case DEFERRED -> java.util.EnumSet.of(IN_PROGRESS, WAITING, DONE, CANCELLED);
            case DONE_AWAITING_CONFIRMATION -> java.util.EnumSet.of(CONFIRMED, IN_PROGRESS);
            case DONE, CONFIRMED, CANCELLED -> java.util.EnumSet.noneOf(TaskStatus.class);
        };
    }

    /** Whether work on the task is still expected, so that a passed deadline makes it overdue. */
    public boolean open() {
        return this == NEW || this == IN_PROGRESS || this == WAITING || this == DEFERRED;
    }
}
