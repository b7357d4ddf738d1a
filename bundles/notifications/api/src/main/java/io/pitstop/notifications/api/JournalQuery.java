package io.pitstop.notifications.api;

/** Filters of the journal; null means any. {@code recipient} matches the recipient or the address exactly. */
public record JournalQuery(MessageStatus status, String channel, String eventType, String recipient, String eventId) {
    public static JournalQuery all() {
        return new JournalQuery(null, null, null, null, null);
    }
}
