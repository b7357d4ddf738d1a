package io.pitstop.contacts.api;

/**
 * Topics of the contacts' domain events (Event Admin, after commit); the
 * record of each is the contact. Subscribers filter on these rather than on
 * strings of their own.
 */
public final class ContactEvents {
    /** Prefix of every contact topic, for a subscription to all of them ({@code PREFIX + "*"}). */
    public static final String PREFIX = "pitstop/contacts/";
    public static final String CREATED = PREFIX + "CREATED";
    public static final String UPDATED = PREFIX + "UPDATED";
    public static final String ARCHIVED = PREFIX + "ARCHIVED";
    public static final String RESTORED = PREFIX + "RESTORED";
    public static final String DELETED = PREFIX + "DELETED";
    /** A relation was added; the record is the contact it starts from. */
    public static final String RELATED = PREFIX + "RELATED";
    /** Another contact was merged into this one; property {@code merged} is the id of the one merged away. */
    public static final String MERGED = PREFIX + "MERGED";

    private ContactEvents() {
    }
}
