package io.pitstop.ledger.impl;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements of the posting path that Derby and PostgreSQL spell or
 * order differently; the schema is the same.
 * <p>
 * Derby (embedded, so a statement costs no network round trip) changes each
 * book with a conditional atomic update in ascending id order and finds out
 * why when one refuses. PostgreSQL locks the books first with one
 * {@code SELECT ... ORDER BY id FOR UPDATE} (it sorts before it locks, so
 * every posting locks in the same order and two cannot deadlock), the ledger
 * checks and computes the entries from the locked rows, and one statement
 * then writes the transaction row, the book changes and the entries. Locking
 * first matters there: a conditional update that joins other relations and
 * meets a row changed by a concurrent commit is re-checked by PostgreSQL
 * against the newest row version in ways that proved unreliable (debits were
 * refused with money available); a row this transaction already holds is
 * never re-checked.
 */
abstract class Dialect {
    /**
     * The balance change of one book (Derby). The update is conditional and atomic: the book must
     * exist, have the currency and not be closed and, when {@code checkLimit}, keep
     * {@code balance + delta - (reserved + reservedDelta) + credit_limit >= 0} unless it is a house
     * book. Zero rows means refused; the caller finds out why.
     */
    static final String APPLY = "UPDATE ledger_book SET balance = balance + ?, reserved = reserved + ?, "
            + "entry_count = entry_count + ? WHERE id = ? AND currency = ? AND status <> 'CLOSED' "
            + "AND (? = 0 OR house = TRUE OR balance + ? - (reserved + ?) + credit_limit >= 0)";

    static final String ENTRY_COLUMNS = "book_id, book_seq, transaction_id, line_no, amount, currency, balance_after, memo, "
            + "posted_at, prev_hash, hash";

    /** One book's change within a transaction. */
    record BookDelta(String book, String currency, BigDecimal balance, BigDecimal reserved, int entries, boolean checkLimit) {
    }

    /** The book row right after a change: its chain head is still the one before the change. */
    record BookHead(BigDecimal balance, long entryCount, String lastHash) {
    }

    /** One journal entry to write. */
    record EntryRow(String book, long seq, String transaction, int lineNo, BigDecimal amount, String currency,
                    BigDecimal balanceAfter, String memo, Instant postedAt, String prevHash, String hash) {
    }

    /** Binds parameters of a statement. */
    interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? new Postgres() : new Derby();
    }

    abstract String name();

    /** Whether postings lock their books first ({@link #lock}, {@link #writeLocked}) rather than apply each change. */
    abstract boolean locksFirst();

    /** Runs an INSERT guarded by unique keys; false (and nothing written) when a key already exists. */
    abstract boolean insertOnce(Connection c, String insert, Binder binder) throws SQLException;

    /** Applies a change (see {@link #APPLY}); null when the row refused it. */
    abstract BookHead apply(Connection c, BookDelta d) throws SQLException;

    /** Writes the entries and moves each book's chain head. */
    abstract void append(Connection c, List<EntryRow> entries, Map<String, String> heads) throws SQLException;

    /** Locks the books in ascending id order and returns their rows; unknown ids are missing. */
    Map<String, Books.Row> lock(Connection c, Collection<String> books) throws SQLException {
        throw new UnsupportedOperationException(name() + " applies changes book by book");
    }

    /**
     * Writes a posting whose books this transaction has locked: the transaction row, the book
     * changes and the entries. False, with nothing written, when the transaction row's unique
     * keys exist already.
     */
    boolean writeLocked(Connection c, String insert, Binder binder, int insertParams, Collection<BookDelta> deltas,
                        Map<String, String> heads, List<EntryRow> entries) throws SQLException {
        throw new UnsupportedOperationException(name() + " applies changes book by book");
    }

    static void bindApply(PreparedStatement ps, BookDelta d) throws SQLException {
        ps.setBigDecimal(1, d.balance());
        ps.setBigDecimal(2, d.reserved());
        ps.setInt(3, d.entries());
        ps.setString(4, d.book());
        ps.setString(5, d.currency());
        ps.setInt(6, d.checkLimit() ? 1 : 0);
        ps.setBigDecimal(7, d.balance());
        ps.setBigDecimal(8, d.reserved());
    }

    static int bindEntry(PreparedStatement ps, int i, EntryRow e) throws SQLException {
        ps.setString(i++, e.book());
        ps.setLong(i++, e.seq());
        ps.setString(i++, e.transaction());
        ps.setInt(i++, e.lineNo());
        ps.setBigDecimal(i++, e.amount());
        ps.setString(i++, e.currency());
        ps.setBigDecimal(i++, e.balanceAfter());
        ps.setString(i++, e.memo());
        Db.setInstant(ps, i++, e.postedAt());
        ps.setString(i++, e.prevHash());
        ps.setString(i++, e.hash());
        return i;
    }

    static BookHead head(ResultSet rs) throws SQLException {
        return new BookHead(Db.money(rs.getBigDecimal(1)), rs.getLong(2), rs.getString(3));
    }

    /** Embedded Derby: round trips are calls in the same JVM, so plain statements do. */
    static final class Derby extends Dialect {
        @Override
        String name() {
            return "derby";
        }

        @Override
        boolean locksFirst() {
            return false;
        }

        @Override
        boolean insertOnce(Connection c, String insert, Binder binder) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(insert)) {
                binder.bind(ps);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                // Derby undoes only the failed statement; the transaction goes on
                if (Db.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        BookHead apply(Connection c, BookDelta d) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(APPLY)) {
                bindApply(ps, d);
                if (ps.executeUpdate() == 0) {
                    return null;
                }
            }
            // the row is ours (locked by the update) until commit, so this read is its state after our change
            try (PreparedStatement ps = c.prepareStatement("SELECT balance, entry_count, last_hash FROM ledger_book WHERE id = ?")) {
                ps.setString(1, d.book());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return head(rs);
                }
            }
        }

        @Override
        void append(Connection c, List<EntryRow> entries, Map<String, String> heads) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (" + ENTRY_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (EntryRow e : entries) {
                    bindEntry(ps, 1, e);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_book SET last_hash = ? WHERE id = ?")) {
                for (Map.Entry<String, String> h : heads.entrySet()) {
                    ps.setString(1, h.getValue());
                    ps.setString(2, h.getKey());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** PostgreSQL over the network: a posting is two statements and the commit. */
    static final class Postgres extends Dialect {
        private static final String APPLY_RETURNING = APPLY + " RETURNING balance, entry_count, last_hash";
        /** Statement text per shape, so the driver can keep them prepared. */
        private final Map<Integer, String> lockSql = new ConcurrentHashMap<>();
        private final Map<Long, String> writeSql = new ConcurrentHashMap<>();

        @Override
        String name() {
            return "postgresql";
        }

        @Override
        boolean locksFirst() {
            return true;
        }

        @Override
        boolean insertOnce(Connection c, String insert, Binder binder) throws SQLException {
            // a failed statement would abort the caller's whole transaction on PostgreSQL; a concurrent
            // insert of the same key makes this wait for that transaction's outcome
            try (PreparedStatement ps = c.prepareStatement(insert + " ON CONFLICT DO NOTHING")) {
                binder.bind(ps);
                return ps.executeUpdate() == 1;
            }
        }

        @Override
        BookHead apply(Connection c, BookDelta d) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(APPLY_RETURNING)) {
                bindApply(ps, d);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? head(rs) : null;
                }
            }
        }

        @Override
        void append(Connection c, List<EntryRow> entries, Map<String, String> heads) {
            throw new UnsupportedOperationException("postgresql writes entries with writeLocked");
        }

        @Override
        Map<String, Books.Row> lock(Connection c, Collection<String> books) throws SQLException {
            String sql = lockSql.computeIfAbsent(books.size(), n -> "SELECT " + Books.COLUMNS
                    + " FROM ledger_book WHERE id IN (" + Journal.placeholders(n) + ") ORDER BY id FOR UPDATE");
            Map<String, Books.Row> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (String book : books) {
                    ps.setString(i++, book);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Books.Row row = Books.row(rs);
                        rows.put(row.id().toString(), row);
                    }
                }
            }
            return rows;
        }

        /**
         * One statement: the transaction row goes in with ON CONFLICT DO NOTHING, and the book
         * changes and the entries are written only if it did (the data-modifying CTEs read its
         * RETURNING). The books are locked by this transaction, so the relative updates meet no
         * concurrent row versions.
         */
        @Override
        boolean writeLocked(Connection c, String insert, Binder binder, int insertParams, Collection<BookDelta> deltas,
                            Map<String, String> heads, List<EntryRow> entries) throws SQLException {
            String sql = writeSql.computeIfAbsent(((long) entries.size() << 32) | deltas.size(),
                    k -> writeStatement(insert, deltas.size(), entries.size()));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                int i = insertParams + 1;
                for (BookDelta d : deltas) {
                    ps.setString(i++, d.book());
                    ps.setBigDecimal(i++, d.balance());
                    ps.setBigDecimal(i++, d.reserved());
                    ps.setInt(i++, d.entries());
                    ps.setString(i++, heads.get(d.book()));
                }
                for (EntryRow e : entries) {
                    i = bindEntry(ps, i, e);
                }
                return ps.executeUpdate() > 0;
            }
        }

        static String writeStatement(String insert, int books, int entries) {
            StringBuilder sql = new StringBuilder("WITH ins AS (").append(insert).append(" ON CONFLICT DO NOTHING RETURNING id), ")
                    .append("upd AS (UPDATE ledger_book b SET balance = b.balance + v.delta, reserved = b.reserved + v.rdelta, ")
                    .append("entry_count = b.entry_count + v.n, last_hash = v.head FROM (VALUES ");
            for (int i = 0; i < books; i++) {
                sql.append(i == 0 ? "" : ", ").append("(CAST(? AS CHAR(36)), CAST(? AS DECIMAL(19,2)), CAST(? AS DECIMAL(19,2)), "
                        + "CAST(? AS INTEGER), CAST(? AS CHAR(64)))");
            }
            sql.append(") AS v (id, delta, rdelta, n, head) WHERE b.id = v.id AND EXISTS (SELECT 1 FROM ins) RETURNING b.id) ")
                    .append("INSERT INTO ledger_entry (").append(ENTRY_COLUMNS).append(") SELECT * FROM (VALUES ");
            for (int i = 0; i < entries; i++) {
                sql.append(i == 0 ? "" : ", ").append("(CAST(? AS CHAR(36)), CAST(? AS BIGINT), CAST(? AS CHAR(36)), "
                        + "CAST(? AS INTEGER), CAST(? AS DECIMAL(19,2)), CAST(? AS CHAR(3)), CAST(? AS DECIMAL(19,2)), "
                        + "CAST(? AS VARCHAR(500)), CAST(? AS TIMESTAMP), CAST(? AS CHAR(64)), CAST(? AS CHAR(64)))");
            }
            return sql.append(") AS e WHERE EXISTS (SELECT 1 FROM ins)").toString();
        }
    }
}
