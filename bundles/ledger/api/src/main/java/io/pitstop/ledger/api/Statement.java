package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A book's statement for business dates {@code from}..{@code to} inclusive
 * in the book's time zone: opening balance, each line with the running
 * balance, closing balance, and the period's totals.
 */
public record Statement(UUID book, String currency, LocalDate from, LocalDate to, String timeZone,
                        BigDecimal opening, BigDecimal credits, BigDecimal debits, BigDecimal closing,
                        List<Line> lines) {
    public Statement {
        lines = List.copyOf(lines);
    }

    /** One statement line. */
    public record Line(Instant postedAt, TransactionId transaction, String type, String reason, String sourceDocument,
                       BigDecimal amount, BigDecimal runningBalance, String memo) {
    }
}
