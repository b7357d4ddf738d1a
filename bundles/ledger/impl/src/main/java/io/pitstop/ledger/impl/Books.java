package io.pitstop.ledger.impl;

import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of book rows; the writes that matter live on the posting path in {@link Journal} and {@link Dialect}. */
final class Books {
    static final String COLUMNS = "id, currency, house, status, credit_limit, balance, reserved, time_zone, entry_count, last_hash";

    /** A book row; {@code lastHash} is the head of the chain of its entries posted before sealing existed. */
    record Row(UUID id, String currency, boolean house, BookStatus status, BigDecimal creditLimit, BigDecimal balance,
               BigDecimal reserved, String timeZone, long entryCount, String lastHash) {
        BigDecimal available() {
            return balance.subtract(reserved).add(creditLimit);
        }

        BookBalance toBalance() {
            return new BookBalance(id, currency, balance, reserved, creditLimit, available(), status);
        }
    }

    private Books() {
    }

    static Row row(ResultSet rs) throws SQLException {
        return new Row(Db.uuid(rs.getString(1)), rs.getString(2).trim(), rs.getBoolean(3), BookStatus.valueOf(rs.getString(4).trim()),
                Db.money(rs.getBigDecimal(5)), Db.money(rs.getBigDecimal(6)), Db.money(rs.getBigDecimal(7)), rs.getString(8),
                rs.getLong(9), rs.getString(10));
    }

    static Row read(Connection c, UUID id) throws SQLException {
        return read(c, List.of(id.toString())).get(id.toString());
    }

    /** Book rows by id; ids the ledger does not know are missing from the map. */
    static Map<String, Row> read(Connection c, List<String> ids) throws SQLException {
        return read(c, ids, "");
    }

    /** Book rows by id, the query ending in {@code clause} (see {@link Dialect#readWithoutWaiting()}). */
    static Map<String, Row> read(Connection c, List<String> ids, String clause) throws SQLException {
        Map<String, Row> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_book WHERE id IN ("
                + Journal.placeholders(ids.size()) + ")" + clause)) {
            Journal.bind(ps, new ArrayList<>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Row r = row(rs);
                    result.put(r.id().toString(), r);
                }
            }
        }
        return result;
    }

    /** Releases reserved money whatever the book's state: a release must never be refused. */
    static void release(Connection c, String book, BigDecimal amount) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_book SET reserved = reserved - ? WHERE id = ?")) {
            ps.setBigDecimal(1, amount);
            ps.setString(2, book);
            ps.executeUpdate();
        }
    }
}
