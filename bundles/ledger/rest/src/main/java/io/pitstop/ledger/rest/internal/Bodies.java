package io.pitstop.ledger.rest.internal;

import io.pitstop.core.rest.ApiField;
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
    record Line(@ApiField(oneOf = "book", format = ApiField.UUID) String accountId, @ApiField(oneOf = "book", format = ApiField.UUID) String book,
                @ApiField(oneOf = "book", values = {"bank", "cash", "revenue", "adjustments", "refunds"}) String houseBook,
                @ApiField(required = true) BigDecimal amount, @ApiField(required = true, format = ApiField.CURRENCY) String currency, @FreeText String memo) {
    }

    record Posting(@ApiField(required = true) String type, @ApiField(required = true) @FreeText String reason, @ApiField(required = true) String sourceDocument,
                   @ApiField(required = true) List<Line> lines, Boolean allowOverdraft) {
    }

    record Reversal(@ApiField(required = true) @FreeText String reason) {
    }

    record NewHold(@ApiField(oneOf = "book", format = ApiField.UUID) String accountId, @ApiField(oneOf = "book", format = ApiField.UUID) String book,
                   @ApiField(oneOf = "book", values = {"bank", "cash", "revenue", "adjustments", "refunds"}) String houseBook,
                   @ApiField(required = true, positive = true) BigDecimal amount, @ApiField(required = true, format = ApiField.CURRENCY) String currency, @ApiField(required = true) @FreeText String reason,
                   Instant expiresAt) {
    }

    record Capture(@ApiField(positive = true) BigDecimal amount, @ApiField(oneOf = "counterBook", format = ApiField.UUID) String counterBook,
                   @ApiField(oneOf = "counterBook", values = {"bank", "cash", "revenue", "adjustments", "refunds"}) String houseBook,
                   @FreeText String reason) {
    }

    record Void(@ApiField(required = true) @FreeText String reason) {
    }

    /** A payment into a personal account: a {@code topup} crediting it and debiting the bank house book. */
    record Payment(@ApiField(required = true, format = ApiField.UUID) String accountId, @ApiField(required = true, positive = true) BigDecimal amount,
                   @ApiField(format = ApiField.CURRENCY) String currency, @ApiField(required = true) String reference, String payer) {
    }

    record NewBook(@ApiField(required = true, format = ApiField.UUID, newId = true) String book, @ApiField(required = true, format = ApiField.CURRENCY) String currency, BigDecimal creditLimit,
                   @ApiField(format = ApiField.TIME_ZONE) String timeZone) {
    }
}
