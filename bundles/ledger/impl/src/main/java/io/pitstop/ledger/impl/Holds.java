package io.pitstop.ledger.impl;

import io.pitstop.ledger.api.Hold;
import io.pitstop.ledger.api.HoldId;
import io.pitstop.ledger.api.HoldStatus;
import io.pitstop.ledger.api.TransactionId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hold rows: a hold is the one record of the ledger that changes state, and only from PENDING. */
final class Holds {
    static final String COLUMNS = "id, book_id, amount, currency, reason, status, created_at, expires_at, captured_amount, "
            + "capture_tx, author, request_hash";
    static final String INSERT = "INSERT INTO ledger_hold (id, idem_key, request_hash, book_id, amount, currency, reason, "
            + "status, author, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)";

    private Holds() {
    }

    static Hold hold(ResultSet rs) throws SQLException {
        String capture = rs.getString(10);
        return new Hold(HoldId.parse(rs.getString(1)), Db.uuid(rs.getString(2)), Db.money(rs.getBigDecimal(3)),
                rs.getString(4).trim(), rs.getString(5), HoldStatus.valueOf(rs.getString(6).trim()), Db.instant(rs, 7),
                Db.instant(rs, 8), Db.money(rs.getBigDecimal(9)), capture == null ? null : TransactionId.parse(capture),
                rs.getString(11));
    }

    static Hold byId(Connection c, String id) throws SQLException {
        List<Hold> found = query(c, "SELECT " + COLUMNS + " FROM ledger_hold WHERE id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The hold that holds an idempotency key with its request fingerprint, or null. */
    static Object[] byKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM ledger_hold WHERE idem_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Object[] {hold(rs), rs.getString(12)} : null;
            }
        }
    }

    static List<Hold> query(Connection c, String sql, Object... params) throws SQLException {
        List<Hold> result = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Journal.bind(ps, List.of(params));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(hold(rs));
                }
            }
        }
        return result;
    }

    /**
     * Moves a PENDING hold to a final state; false when it was not pending any more. {@code key} is
     * the idempotency key of the request that closes it (null for an expiry).
     */
    static boolean close(Connection c, String id, HoldStatus status, Instant at, String reason, java.math.BigDecimal captured,
                         String captureTx, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_hold SET status = ?, closed_at = ?, close_reason = ?, "
                + "captured_amount = ?, capture_tx = ?, close_key = ? WHERE id = ? AND status = 'PENDING'")) {
            ps.setString(1, status.name());
            Db.setInstant(ps, 2, at);
            ps.setString(3, reason);
            ps.setBigDecimal(4, captured);
            ps.setString(5, captureTx);
            ps.setString(6, key);
            ps.setString(7, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** The hold a request with this idempotency key closed, or null. */
    static String closedBy(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ledger_hold WHERE close_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1).trim() : null;
            }
        }
    }
}
