package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Reserve {@code amount} on a book until captured, voided or {@code expiresAt} (optional). */
public record HoldRequest(String idempotencyKey, UUID book, BigDecimal amount, String currency, String reason,
                          Instant expiresAt) {
}
