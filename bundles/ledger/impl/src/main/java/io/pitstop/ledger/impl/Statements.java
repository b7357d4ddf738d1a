package io.pitstop.ledger.impl;

import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A book's statement for business dates in the book's time zone, in the
 * book's own order. A posting's time is taken before it waits for its books,
 * so the order of times and the order of places in the book can differ for
 * postings a moment apart; listed by time, such lines showed running balances
 * the book never had. So a period is a run of places: the entries after the
 * last one posted before the period, up to the last one posted before its
 * end. Consecutive periods join without gap or overlap, the opening balance
 * is the balance after the last entry before the period, each running balance
 * equals its entry's balance after it, and opening + credits - debits =
 * closing; {@code debits} is reported as a positive total.
 */
final class Statements {
    /** A statement longer than this is refused rather than cut: ask for a shorter period. */
    static final int MAX_LINES = 100_000;

    private Statements() {
    }

    static Statement build(Connection c, UUID book, LocalDate from, LocalDate to) throws SQLException {
        Books.Row row = Books.read(c, book);
        if (row == null) {
            throw new NotFoundException("ledger-book", book);
        }
        ZoneId zone = ZoneId.of(row.timeZone());
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        long first;
        long last;
        try (PreparedStatement ps = c.prepareStatement("SELECT MAX(CASE WHEN posted_at < ? THEN book_seq END), MAX(book_seq) "
                + "FROM ledger_entry WHERE book_id = ? AND posted_at < ?")) {
            Db.setInstant(ps, 1, start);
            ps.setString(2, book.toString());
            Db.setInstant(ps, 3, end);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                first = rs.getLong(1); // 0 (SQL NULL) when nothing came before the period
                last = rs.getLong(2);
            }
        }
        BigDecimal opening = BigDecimal.ZERO.setScale(2);
        if (first > 0) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT balance_after FROM ledger_entry WHERE book_id = ? AND book_seq = ?")) {
                ps.setString(1, book.toString());
                ps.setLong(2, first);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    opening = Db.money(rs.getBigDecimal(1));
                }
            }
        }
        List<Statement.Line> lines = new ArrayList<>();
        BigDecimal running = opening;
        BigDecimal credits = BigDecimal.ZERO.setScale(2);
        BigDecimal debits = BigDecimal.ZERO.setScale(2);
        try (PreparedStatement ps = c.prepareStatement("SELECT e.posted_at, e.transaction_id, t.tx_type, t.reason, "
                + "t.source_document, e.amount, e.memo, e.book_seq FROM ledger_entry e "
                + "JOIN ledger_transaction t ON t.id = e.transaction_id "
                + "WHERE e.book_id = ? AND e.book_seq > ? AND e.book_seq <= ? ORDER BY e.book_seq")) {
            ps.setString(1, book.toString());
            ps.setLong(2, first);
            ps.setLong(3, last);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (lines.size() == MAX_LINES) {
                        throw ValidationException.field("to", "the period has more than " + MAX_LINES
                                + " lines; ask for a shorter one");
                    }
                    BigDecimal amount = Db.money(rs.getBigDecimal(6));
                    running = running.add(amount);
                    if (amount.signum() > 0) {
                        credits = credits.add(amount);
                    } else {
                        debits = debits.subtract(amount);
                    }
                    lines.add(new Statement.Line(Db.instant(rs, 1), TransactionId.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), amount, running, rs.getString(7), rs.getLong(8)));
                }
            }
        }
        return new Statement(book, row.currency(), from, to, zone.getId(), opening, credits, debits, running, lines);
    }
}
