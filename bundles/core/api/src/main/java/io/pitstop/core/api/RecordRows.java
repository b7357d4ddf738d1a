package io.pitstop.core.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Rows that point at a record through a pair of columns {@code record_type} / {@code record_id} (task links,
 * files, timeline entries, comments, a plugin's own), counted and re-pointed to another record of the same type.
 * Contact merges move every such table the same way, so the statements live here once. Runs on a connection of
 * the caller's data source, inside the caller's transaction; a failure is an {@link IllegalStateException} that
 * names the table and the record.
 */
public final class RecordRows {
    private final DataSource dataSource;
    private final String table;
    private final String key;

    /**
     * @param table a table with {@code record_type} and {@code record_id} columns (a constant of the caller,
     *              never user input)
     * @param key   the column that tells one row's thing apart (a task, an entry): a thing already on the
     *              target record is not moved twice but left there once; {@code null} when a thing may hang on
     *              one record twice (two uploads of one file)
     */
    public RecordRows(DataSource dataSource, String table, String key) {
        this.dataSource = dataSource;
        this.table = table;
        this.key = key;
    }

    /** How many things (distinct {@code key}s, or rows without a key) point at {@code record}. */
    public int count(RecordRef record) {
        String what = key == null ? "*" : "DISTINCT " + key;
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(" + what + ") FROM " + table
                     + " WHERE record_type = ? AND record_id = ?")) {
            q.setString(1, record.type());
            q.setString(2, record.id().toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count the " + table + " rows of " + record + ": " + e.getMessage(), e);
        }
    }

    /**
     * Points every row of {@code from} at {@code to}; with a key, a thing that points at both keeps only its row
     * of {@code to}. Returns how many things moved, as {@link #count} counted them before.
     */
    public int move(RecordRef from, RecordRef to) {
        int things = count(from);
        try (Connection c = dataSource.getConnection()) {
            if (key != null) {
                try (PreparedStatement twice = c.prepareStatement("DELETE FROM " + table + " WHERE record_type = ?"
                        + " AND record_id = ? AND " + key + " IN (SELECT " + key + " FROM " + table
                        + " WHERE record_type = ? AND record_id = ?)")) {
                    bind(twice, 1, from);
                    bind(twice, 3, to);
                    twice.executeUpdate();
                }
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE " + table + " SET record_type = ?, record_id = ?"
                    + " WHERE record_type = ? AND record_id = ?")) {
                bind(up, 1, to);
                bind(up, 3, from);
                up.executeUpdate();
            }
            return things;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot move the " + table + " rows of " + from + " to " + to + ": "
                    + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, int first, RecordRef record) throws SQLException {
        ps.setString(first, record.type());
        ps.setString(first + 1, record.id().toString());
    }
}
