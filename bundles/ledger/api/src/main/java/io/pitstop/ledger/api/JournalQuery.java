package io.pitstop.ledger.api;

import java.time.Instant;
import java.util.UUID;

/** Journal filters; all optional. {@code to} is exclusive. */
public record JournalQuery(UUID book, Instant from, Instant to, String type, String author) {
}
