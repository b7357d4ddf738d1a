package io.pitstop.notifications.api;

/** A template filled with its event type's sample values; {@code segments} for SMS, 0 otherwise. */
public record Preview(String subject, String body, int length, int segments) {
}
