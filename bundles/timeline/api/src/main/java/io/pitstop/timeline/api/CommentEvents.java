package io.pitstop.timeline.api;

/**
 * Topics of comment events (Event Admin, after commit); the record of each is the comment. Properties
 * {@code recordType}, {@code recordId}, {@code author}.
 */
public final class CommentEvents {
    public static final String PREFIX = "pitstop/comments/";
    public static final String CREATED = PREFIX + "CREATED";
    public static final String EDITED = PREFIX + "EDITED";
    public static final String DELETED = PREFIX + "DELETED";
    /**
     * A user was named with {@code @login}; property {@code login} is who, so a notifications bundle can tell them.
     * One event per mentioned user.
     */
    public static final String MENTIONED = PREFIX + "MENTIONED";

    private CommentEvents() {
    }
}
