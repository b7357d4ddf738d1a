package io.pitstop.attachments.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A file as linked to one record: its name and media type as stored (the type read from the content), its size,
 * the SHA-256 of its content (hex; two attachments with the same hash share one stored copy), who attached it and
 * when.
 */
public record Attachment(UUID id, RecordRef record, String name, String mediaType, long size, String sha256,
                         String author, Instant createdAt) {
}
