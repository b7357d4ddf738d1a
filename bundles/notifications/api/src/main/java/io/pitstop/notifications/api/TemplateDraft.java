package io.pitstop.notifications.api;

/** A template as an administrator writes it; saving replaces the one of the same event type, channel and language. */
public record TemplateDraft(String eventType, String channel, String language, String subject, String body) {
}
