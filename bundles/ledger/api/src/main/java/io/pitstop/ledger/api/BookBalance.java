package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A book's money: {@code balance} is the sum of its postings, {@code reserved}
 * the sum of its pending holds, and {@code available = balance - reserved + creditLimit}.
 */
public record BookBalance(UUID book, String currency, BigDecimal balance, BigDecimal reserved,
                          BigDecimal creditLimit, BigDecimal available, BookStatus status) {
}
