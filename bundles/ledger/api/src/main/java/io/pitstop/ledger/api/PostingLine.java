package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One line of a transaction: positive {@code amount} credits the book
 * (raises its balance), negative debits it.
 */
public record PostingLine(UUID book, BigDecimal amount, String currency, String memo) {
}
