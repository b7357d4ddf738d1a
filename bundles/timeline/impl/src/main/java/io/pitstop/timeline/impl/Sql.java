package io.pitstop.timeline.impl;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Collections;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/** Instants as UTC wall-clock TIMESTAMPs on both databases, and bound lists, for the timeline's tables. */
final class Sql {
    private Sql() {
    }

    /** A fresh calendar each time: drivers may change the one they are given. */
    private static Calendar utc() {
        return new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    }

    static void setInstant(PreparedStatement ps, int index, java.time.Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, java.sql.Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(instant), utc());
        }
    }

    static java.time.Instant instant(ResultSet rs, int index) throws SQLException {
        Timestamp t = rs.getTimestamp(index, utc());
        return t == null ? null : t.toInstant();
    }

    /** {@code ?, ?, ?} for n values. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            Object a = args.get(i);
            if (a instanceof java.time.Instant instant) {
                setInstant(ps, i + 1, instant);
            } else if (a instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else {
                ps.setString(i + 1, (String) a);
            }
        }
    }

    /** CHAR(36) columns come back padded on some drivers. */
    static String id(ResultSet rs, int index) throws SQLException {
        String s = rs.getString(index);
        return s == null ? null : s.trim();
    }
}
