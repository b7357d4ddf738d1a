package io.pitstop.tasks.api;

/** The lists a member names by what they are to them; each narrows other filters to the member's login. */
public enum TaskView {
    /** Assigned to me, to one of my groups, or with me as co-worker. */
    mine,
    /** Created by me. */
    created,
    /** Done and waiting for me, their creator, to confirm them. */
    awaitingMyConfirmation,
    /** Mine and overdue. */
    overdue;

    /** {@code q} narrowed to this view of {@code me}. */
    public TaskQuery apply(String me, TaskQuery q) {
        return switch (this) {
            case mine -> new TaskQuery(q.assignee(), q.status(), q.overdue(), q.dueWithinDays(), q.creator(), q.group(),
                    q.awaitingConfirmationBy(), me);
            case created -> new TaskQuery(q.assignee(), q.status(), q.overdue(), q.dueWithinDays(), me, q.group(),
                    q.awaitingConfirmationBy(), q.member());
            case awaitingMyConfirmation -> new TaskQuery(q.assignee(), q.status(), q.overdue(), q.dueWithinDays(), q.creator(),
                    q.group(), me, q.member());
            case overdue -> new TaskQuery(q.assignee(), q.status(), true, q.dueWithinDays(), q.creator(), q.group(),
                    q.awaitingConfirmationBy(), me);
        };
    }
}
