package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Posts a pending hold: debits the held book by {@code amount} (at most the
 * held amount; null means all of it) and credits {@code counterBook}. Any
 * rest of the hold is released.
 */
public record CaptureRequest(String idempotencyKey, BigDecimal amount, UUID counterBook, String reason) {
}
