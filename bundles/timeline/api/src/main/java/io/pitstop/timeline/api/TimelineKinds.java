package io.pitstop.timeline.api;

/**
 * The kinds the core records. A plugin records its own under its own prefix ({@code sample.visit},
 * {@code telephony.call}); the timeline never needs to know them in advance.
 */
public final class TimelineKinds {
    public static final String CONTACT_CREATED = "contact.created";
    public static final String CONTACT_CHANGED = "contact.changed";
    public static final String CONTACT_ARCHIVED = "contact.archived";
    public static final String CONTACT_RESTORED = "contact.restored";
    public static final String CONTACT_MERGED = "contact.merged";
    public static final String ACCOUNT_OPENED = "account.opened";
    public static final String ACCOUNT_STATUS = "account.status";
    /** A posting on an account (top-up, charge, reversal...). */
    public static final String POSTING = "ledger.posting";
    /** A hold created, captured, voided or expired. */
    public static final String HOLD = "ledger.hold";
    public static final String TASK_CREATED = "task.created";
    /** A task finished: done, done awaiting confirmation, confirmed. */
    public static final String TASK_DONE = "task.done";
    /** Any other status change of a task. */
    public static final String TASK_STATUS = "task.status";
    public static final String COMMENT = "comment";
    /** The trace a deleted comment leaves. */
    public static final String COMMENT_DELETED = "comment.deleted";
    /** Recorded by the attachments bundle. */
    public static final String FILE = "file";

    private TimelineKinds() {
    }
}
