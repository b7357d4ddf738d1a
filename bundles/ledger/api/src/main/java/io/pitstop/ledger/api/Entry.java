package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.util.UUID;

/** A posted line with the book's balance right after it. */
public record Entry(long sequence, UUID book, BigDecimal amount, String currency, BigDecimal balanceAfter, String memo) {
}
