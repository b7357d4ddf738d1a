package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A reservation of money on a book, e.g. "reserved for next month". {@code replayed} tells a caller
 * that a repeat with the same idempotency key returned what an earlier request did.
 */
public record Hold(HoldId id, UUID book, BigDecimal amount, String currency, String reason, HoldStatus status,
                  Instant createdAt, Instant expiresAt, BigDecimal capturedAmount, TransactionId capture,
                  String author, boolean replayed) {
    /** A hold as it is stored, not a repeat's answer. */
    public Hold(HoldId id, UUID book, BigDecimal amount, String currency, String reason, HoldStatus status,
                Instant createdAt, Instant expiresAt, BigDecimal capturedAmount, TransactionId capture, String author) {
        this(id, book, amount, currency, reason, status, createdAt, expiresAt, capturedAmount, capture, author, false);
    }

    /** The same hold, marked as the answer to a repeated request. */
    public Hold asReplayed() {
        return new Hold(id, book, amount, currency, reason, status, createdAt, expiresAt, capturedAmount, capture, author, true);
    }
}
