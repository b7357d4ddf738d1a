package io.pitstop.core.api;

import java.time.Instant;
import java.util.UUID;

/** One audit record: who did what to which record, with JSON snapshots. */
public record AuditEntry(UUID id, Instant at, String actor, RecordRef subject, String action,
                         String before, String after) {
}
