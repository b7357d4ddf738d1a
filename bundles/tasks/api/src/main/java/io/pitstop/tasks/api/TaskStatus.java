package io.pitstop.tasks.api;

/**
 * Where a task stands. {@link #DONE_AWAITING_CONFIRMATION} is never asked for: a task whose creator wants to
 * confirm it gets there when someone else finishes it, and only the creator moves it on (to {@link #CONFIRMED} or
 * back to {@link #IN_PROGRESS}).
 */
public enum TaskStatus {
    NEW, IN_PROGRESS, WAITING, DONE, DONE_AWAITING_CONFIRMATION, CONFIRMED, DEFERRED, CANCELLED;

    /** Whether work on the task is still expected, so that a passed deadline makes it overdue. */
    public boolean open() {
        return this == NEW || this == IN_PROGRESS || this == WAITING || this == DEFERRED;
    }
}
