package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A reservation of money on a book, e.g. "reserved for next month". */
public record Hold(HoldId id, UUID book, BigDecimal amount, String currency, String reason, HoldStatus status,
                  Instant createdAt, Instant expiresAt, BigDecimal capturedAmount, TransactionId capture,
                  String author) {
}
