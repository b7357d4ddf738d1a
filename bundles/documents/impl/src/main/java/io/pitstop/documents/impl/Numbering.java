package io.pitstop.documents.impl;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import io.pitstop.documents.api.NumberingSeries;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gap-free numbers. A number is the counter row's {@code last_number + 1}, written by an UPDATE on the caller's
 * connection inside the caller's transaction: the row lock it takes makes every other issuer of the same series
 * wait until that transaction ends, and a rollback undoes the increment, so the next one takes the same number.
 * No sequence (those never give a number back) and no table scan of issued numbers. A series' first use creates
 * its row with 0 in a transaction of its own ({@code createRow}), so that the row exists whatever happens to the
 * caller's transaction and two first uses at once meet on its primary key instead of both inserting.
 */
final class Numbering {
    private static final Pattern PREFIX = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]{0,19}");

    /** Creates a series' counter row with 0 in its own transaction, ignoring a row another did first. */
    interface RowCreator {
        void create(UUID issuer, String prefix, int period);
    }

    private Numbering() {
    }

    static NumberingSeries check(NumberingSeries series, String field) {
        List<FieldError> errors = new ArrayList<>();
        if (series == null) {
            throw ValidationException.field(field, "is required");
        }
        if (series.prefix() == null || !PREFIX.matcher(series.prefix()).matches()) {
            errors.add(new FieldError(field + ".prefix", "must be 1 to 20 letters, digits or / . _ - starting with a letter or digit"));
        }
        if (series.reset() == null) {
            errors.add(new FieldError(field + ".reset", "is required: YEARLY or RUNNING"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return series;
    }

    /** The counter's period for a date: its year, or 0 for a running series. */
    static int period(NumberingSeries series, LocalDate date) {
        return series.reset() == NumberingSeries.Reset.YEARLY ? date.getYear() : 0;
    }

    /** Takes the next number on {@code c}, which must be in the caller's transaction. */
    static long next(Connection c, UUID issuer, NumberingSeries series, LocalDate date, RowCreator creator) throws SQLException {
        int period = period(series, date);
        if (increment(c, issuer, series.prefix(), period) == 0) {
            creator.create(issuer, series.prefix(), period);
            if (increment(c, issuer, series.prefix(), period) == 0) {
                throw new IllegalStateException("The counter of series " + series.prefix() + " could not be created");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_number FROM document_counter WHERE issuer_id = ? "
                + "AND prefix = ? AND period = ?")) {
            ps.setString(1, issuer.toString());
            ps.setString(2, series.prefix());
            ps.setInt(3, period);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Inserts a counter row with 0; a row that is there already (another first use) is fine. */
    static void createRow(Connection c, UUID issuer, String prefix, int period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_counter (issuer_id, prefix, period, last_number) "
                + "VALUES (?, ?, ?, 0)")) {
            ps.setString(1, issuer.toString());
            ps.setString(2, prefix);
            ps.setInt(3, period);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
                throw e;
            }
        }
    }

    /** The printed number: {@code СЧ-2026-17} for a yearly series, {@code А-17} for a running one. */
    static String format(NumberingSeries series, LocalDate date, long n) {
        return series.reset() == NumberingSeries.Reset.YEARLY
                ? series.prefix() + "-" + date.getYear() + "-" + n : series.prefix() + "-" + n;
    }

    private static int increment(Connection c, UUID issuer, String prefix, int period) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document_counter SET last_number = last_number + 1 "
                + "WHERE issuer_id = ? AND prefix = ? AND period = ?")) {
            ps.setString(1, issuer.toString());
            ps.setString(2, prefix);
            ps.setInt(3, period);
            return ps.executeUpdate();
        }
    }
}
