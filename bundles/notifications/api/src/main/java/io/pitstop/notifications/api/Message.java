package io.pitstop.notifications.api;

import java.time.Instant;
import java.util.UUID;

/** One message of the journal (журнал сообщений). {@code recipient} is who it was for; {@code address} where it went. */
public record Message(UUID id, String eventId, String eventType, UUID ruleId, UUID templateId, String channel,
                     String recipient, String address, String language, String subject, String body,
                     MessageStatus status, Instant createdAt, Instant scheduledFor, Instant expiresAt, Instant sentAt,
                     Instant deliveredAt, Instant openedAt, Instant clickedAt, String failure, int attempts) {
}
