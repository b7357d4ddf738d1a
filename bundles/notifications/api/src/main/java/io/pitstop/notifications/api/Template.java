package io.pitstop.notifications.api;

import java.time.Instant;
import java.util.UUID;

/** A message template (шаблон): subject and body with {@code {field}} placeholders, per event type, channel and language. */
public record Template(UUID id, String eventType, String channel, String language, String subject, String body,
                      Instant updatedAt, String updatedBy) {
}
