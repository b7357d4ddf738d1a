package io.pitstop.ledger.rest.internal;

import io.pitstop.core.rest.FreeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * JSON request bodies of the ledger resources. Unknown fields are refused by the Pitstop JSON provider; reasons and
 * memos are the free text that may span lines.
 */
final class Bodies {
    private Bodies() {
    }

    /** One line of a posting: a book by account id, book id or house book code. */
    record Line(String accountId, String book, String houseBook, BigDecimal amount, String currency, @FreeText String memo) {
    }

    record Posting(String type, @FreeText String reason, String sourceDocument, List<Line> lines, Boolean allowOverdraft) {
    }

    record Reversal(@FreeText String reason) {
    }

    record NewHold(String accountId, String book, String houseBook, BigDecimal amount, String currency, @FreeText String reason,
                   Instant expiresAt) {
    }

    record Capture(BigDecimal amount, String counterBook, String houseBook, @FreeText String reason) {
    }

    record Void(@FreeText String reason) {
    }

    /** A payment into a personal account: a {@code topup} crediting it and debiting the bank house book. */
    record Payment(String accountId, BigDecimal amount, String currency, String reference, String payer) {
    }

    record NewBook(String book, String currency, BigDecimal creditLimit, String timeZone) {
    }
}
