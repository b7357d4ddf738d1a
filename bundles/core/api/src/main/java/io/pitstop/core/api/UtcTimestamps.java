package io.pitstop.core.api;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Instants in plain JDBC, stored as TIMESTAMP in UTC: Derby and PostgreSQL then read back the instant written,
 * whatever the server's zone. Every bundle that writes its own SQL reads and writes its times through these, so a
 * time never shifts by the zone between two bundles.
 */
public final class UtcTimestamps {
    private UtcTimestamps() {
    }

    /** A fresh UTC calendar for each call: JDBC drivers may change the calendar they are given. */
    private static Calendar utc() {
        return new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    }

    /** Sets the parameter to the instant, or to SQL NULL when there is none. */
    public static void set(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(instant), utc());
        }
    }

    /** The column's instant, or null for SQL NULL. */
    public static Instant get(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, utc());
        return t == null ? null : t.toInstant();
    }

    /**
     * Binds the arguments of a statement built from optional filters, in order: an {@link Instant} as a UTC
     * timestamp, a {@link Long} as a BIGINT, a {@link String} or null as text. Any other type is a programming
     * error and fails loudly rather than being bound as its {@code toString()}.
     */
    public static void bind(PreparedStatement ps, List<?> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof Instant instant) {
                set(ps, i + 1, instant);
            } else if (a instanceof Long l) {
                ps.setLong(i + 1, l);
            } else if (a == null || a instanceof String) {
                ps.setString(i + 1, (String) a);
            } else {
                throw new IllegalArgumentException("cannot bind a " + a.getClass().getName() + " at " + (i + 1));
            }
        }
    }
}
