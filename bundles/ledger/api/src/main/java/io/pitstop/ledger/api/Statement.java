package io.pitstop.ledger.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A book's statement for business dates {@code from}..{@code to} inclusive
 * in the book's time zone: opening balance, each line with the running
 * balance, closing balance, and the period's totals. Lines come in the
 * book's own order (an entry's {@link Entry#sequence() place in the book}),
 * so every line's running balance is its entry's balance after it; a
 * posting's time is taken before it waits for its books, so two postings a
 * moment apart may hold their places the other way round.
 */
public record Statement(UUID book, String currency, LocalDate from, LocalDate to, String timeZone,
                        BigDecimal opening, BigDecimal credits, BigDecimal debits, BigDecimal closing,
                        List<Line> lines) {
    public Statement {
        lines = List.copyOf(lines);
    }

    /** One statement line; {@code sequence} is the entry's place in the book (1, 2, 3...), 0 when not known. */
    public record Line(Instant postedAt, TransactionId transaction, String type, String reason, String sourceDocument,
                       BigDecimal amount, BigDecimal runningBalance, String memo, long sequence) {
        /** A line without its place, as built before lines carried it. */
        public Line(Instant postedAt, TransactionId transaction, String type, String reason, String sourceDocument,
                    BigDecimal amount, BigDecimal runningBalance, String memo) {
            this(postedAt, transaction, type, reason, sourceDocument, amount, runningBalance, memo, 0);
        }
    }
}
