package io.pitstop.ledger.impl;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;

/** JDBC helpers: instants are stored as UTC wall-clock TIMESTAMPs whatever the JVM's zone. */
final class Db {
    /** SQLSTATE of a unique-key violation on Derby and PostgreSQL alike. */
    static final String DUPLICATE_KEY = "23505";
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Db() {
    }

    /** A fresh calendar each time: drivers may change the one they are given. */
    private static Calendar utc() {
        return new GregorianCalendar(UTC);
    }

    static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(instant), utc());
        }
    }

    static Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, utc());
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column, utc());
        return t == null ? null : t.toInstant();
    }

    static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text.trim());
    }

    /** Derby hands back DECIMAL(19,2) without its scale in some expressions; money always has two places. */
    static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static boolean isDuplicateKey(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (DUPLICATE_KEY.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Ledger cannot " + what + ": " + e.getMessage(), e);
    }
}
