package io.pitstop.ledger.impl;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statements of the posting path that Derby and PostgreSQL spell or
 * order differently; the schema is the same.
 * <p>
 * Both write a posting the same way: the transaction row (its unique keys
 * tell a retry), its place in the queue of unsealed transactions, then for
 * each book in lock order ({@link Journal#LOCK_ORDER}) one conditional atomic update and that
 * book's entries, numbered and given their balance after from the updated
 * row. The update is the only statement that takes a book's row lock, so
 * the lock is held from it to the commit only; the fixed order means two
 * postings over the same books cannot deadlock. Hash chains are no part of
 * the posting: committed transactions are sealed later ({@link Seals}).
 * <p>
 * Derby is embedded, so each statement costs a call in the same JVM.
 * PostgreSQL is over the network, so the whole posting goes in one round
 * trip: one prepared text of several statements that the driver sends
 * together. The book updates are single-row updates of the book's own
 * columns: when a concurrent commit changed the row, PostgreSQL re-checks
 * the condition against the newest row version, which is what the limit
 * check needs.
 */
abstract class Dialect {
    /**
     * The balance change of one book. The update is conditional and atomic: the book must exist,
     * have the currency and not be closed and, when {@code checkLimit}, keep
     * {@code balance + delta - (reserved + reservedDelta) + credit_limit >= 0} unless it is a house
     * book. Zero rows means refused; the caller finds out why.
     */
    static final String APPLY = "UPDATE ledger_book SET balance = balance + ?, reserved = reserved + ?, "
            + "entry_count = entry_count + ? WHERE id = ? AND currency = ? AND status <> 'CLOSED' "
            + "AND (? = 0 OR house = TRUE OR balance + ? - (reserved + ?) + credit_limit >= 0)";
    private static final String REVERT = "UPDATE ledger_book SET balance = balance - ?, reserved = reserved - ?, "
            + "entry_count = entry_count - ? WHERE id = ?";
    static final String QUEUE = "INSERT INTO ledger_unsealed (transaction_id) SELECT id FROM ledger_transaction WHERE id = ?";
    static final String ENTRY_COLUMNS = "book_id, book_seq, transaction_id, line_no, amount, currency, balance_after, memo, "
            + "posted_at";

    /** One book's change within a transaction. */
    record BookDelta(String book, String currency, BigDecimal balance, BigDecimal reserved, int entries, boolean checkLimit) {
    }

    /** The book row right after a change. */
    record BookHead(BigDecimal balance, long entryCount) {
    }

    /**
     * One line of a posting on its book. {@code back} is how many later lines of the same book
     * follow it and {@code later} what they add up to: the entry's place is the book's entry count
     * after the update minus {@code back}, its balance after is the book's balance minus {@code later}.
     */
    record Line(int lineNo, BigDecimal amount, String memo, int back, BigDecimal later) {
    }

    /** A book's change and its lines in line order; books come in lock order. */
    record BookPart(BookDelta delta, List<Line> lines) {
    }

    /** Where an entry landed. */
    record Placed(int lineNo, long seq, BigDecimal balanceAfter) {
    }

    /** A posting's transaction row, bound to parameters 1 to {@link #PARAMS} of {@link Journal#INSERT_TX}. */
    record TxRow(String id, Instant postedAt, RowBinder row) {
        static final int PARAMS = 11;

        /** Binds the row from parameter {@code first} on. */
        void bindAt(PreparedStatement ps, int first) throws SQLException {
            row.bind(ps, first);
        }

        /** Binds the row as parameters 1 to {@link #PARAMS}. */
        Binder binder() {
            return ps -> row.bind(ps, 1);
        }
    }

    /** Binds a row's values to consecutive parameters from {@code first} on. */
    interface RowBinder {
        void bind(PreparedStatement ps, int first) throws SQLException;
    }

    /**
     * What writing a posting did: nothing ({@code inserted} false) when its transaction row's unique
     * keys existed already; else the entries placed, or the index of the first book that refused its
     * change ({@code refused}, else -1): the books after it were not touched, and what was written is
     * registered with the undo.
     */
    record Written(boolean inserted, int refused, List<Placed> placed) {
        static final Written DUPLICATE = new Written(false, -1, List.of());

        static Written refused(int book) {
            return new Written(true, book, List.of());
        }
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

    /**
     * What ends a query that must read rows other postings hold without waiting for them: a refusal
     * is explained while the posting holds its books, and waiting there for a book another posting
     * holds, which may be waiting for ours, would deadlock.
     */
    abstract String readWithoutWaiting();

    /** Runs an INSERT guarded by unique keys; false (and nothing written) when a key already exists. */
    abstract boolean insertOnce(Connection c, String insert, Binder binder) throws SQLException;

    /** Applies a change (see {@link #APPLY}); null when the row refused it. */
    abstract BookHead apply(Connection c, BookDelta d) throws SQLException;

    /** Writes a posting: transaction row, queue entry, book changes and entries (see the class comment). */
    abstract Written write(Connection c, String insertTx, TxRow tx, List<BookPart> books, Undo undo) throws SQLException;

    /**
     * Takes a book's row lock until commit, without changing it; false when there is no such book.
     * A no-op update locks on Derby and PostgreSQL alike.
     */
    boolean lock(Connection c, String book) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_book SET entry_count = entry_count WHERE id = ?")) {
            ps.setString(1, book);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Writes several postings in one round trip, in order, each as {@link #write} would; null when
     * the dialect sends statements one by one anyway (embedded Derby).
     */
    List<Written> writeAll(Connection c, String insertTx, List<Journal.Prepared> postings, Undo undo) throws SQLException {
        return null;
    }

    /**
     * Takes the row locks of books, in the order given, until commit; unknown books are passed
     * over. One statement per book: on embedded Derby each is a call in the same JVM.
     */
    void lockAll(Connection c, List<String> books) throws SQLException {
        for (String book : books) {
            lock(c, book);
        }
    }

    static int bindApply(PreparedStatement ps, int i, BookDelta d) throws SQLException {
        ps.setBigDecimal(i++, d.balance());
        ps.setBigDecimal(i++, d.reserved());
        ps.setInt(i++, d.entries());
        ps.setString(i++, d.book());
        ps.setString(i++, d.currency());
        ps.setInt(i++, d.checkLimit() ? 1 : 0);
        ps.setBigDecimal(i++, d.balance());
        ps.setBigDecimal(i++, d.reserved());
        return i;
    }

    static BookHead head(ResultSet rs) throws SQLException {
        return new BookHead(Db.money(rs.getBigDecimal(1)), rs.getLong(2));
    }

    /** Registers the compensations of a transaction row written with its queue entry and entries. */
    static void undoTransaction(Undo undo, String txId) {
        undo.add(cc -> delete(cc, "DELETE FROM ledger_transaction WHERE id = ?", txId));
        undo.add(cc -> delete(cc, "DELETE FROM ledger_unsealed WHERE transaction_id = ?", txId));
        undo.add(cc -> delete(cc, "DELETE FROM ledger_entry WHERE transaction_id = ?", txId));
    }

    /** Registers the compensation of a book change; the row is still locked by this transaction. */
    static void undoChange(Undo undo, BookDelta d) {
        undo.add(cc -> {
            try (PreparedStatement ps = cc.prepareStatement(REVERT)) {
                ps.setBigDecimal(1, d.balance());
                ps.setBigDecimal(2, d.reserved());
                ps.setInt(3, d.entries());
                ps.setString(4, d.book());
                ps.executeUpdate();
            }
        });
    }

    private static void delete(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    /** Embedded Derby: round trips are calls in the same JVM, so plain statements do. */
    static final class Derby extends Dialect {
        @Override
        String name() {
            return "derby";
        }

        /** A committed-read query on Derby takes shared row locks and waits for writers; uncommitted read does not. */
        @Override
        String readWithoutWaiting() {
            return " WITH UR";
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
                bindApply(ps, 1, d);
                if (ps.executeUpdate() == 0) {
                    return null;
                }
            }
            // the row is ours (locked by the update) until commit, so this read is its state after our change
            try (PreparedStatement ps = c.prepareStatement("SELECT balance, entry_count FROM ledger_book WHERE id = ?")) {
                ps.setString(1, d.book());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return head(rs);
                }
            }
        }

        @Override
        Written write(Connection c, String insertTx, TxRow tx, List<BookPart> books, Undo undo) throws SQLException {
            if (!insertOnce(c, insertTx, tx.binder())) {
                return Written.DUPLICATE;
            }
            undoTransaction(undo, tx.id());
            try (PreparedStatement ps = c.prepareStatement(QUEUE)) {
                ps.setString(1, tx.id());
                ps.executeUpdate();
            }
            List<Placed> placed = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_entry (" + ENTRY_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int b = 0; b < books.size(); b++) {
                    BookDelta d = books.get(b).delta();
                    BookHead head = apply(c, d);
                    if (head == null) {
                        return Written.refused(b);
                    }
                    undoChange(undo, d);
                    for (Line line : books.get(b).lines()) {
                        Placed p = new Placed(line.lineNo(), head.entryCount() - line.back(),
                                head.balance().subtract(line.later()));
                        placed.add(p);
                        ps.setString(1, d.book());
                        ps.setLong(2, p.seq());
                        ps.setString(3, tx.id());
                        ps.setInt(4, line.lineNo());
                        ps.setBigDecimal(5, line.amount());
                        ps.setString(6, d.currency());
                        ps.setBigDecimal(7, p.balanceAfter());
                        ps.setString(8, line.memo());
                        Db.setInstant(ps, 9, tx.postedAt());
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
            return new Written(true, -1, placed);
        }
    }

    /** PostgreSQL over the network: a posting is one round trip and the commit. */
    static final class Postgres extends Dialect {
        private static final String APPLY_RETURNING = APPLY + " RETURNING balance, entry_count";
        /** Most statement texts kept, of single postings and of groups. */
        private static final int MAX_TEXTS = 512;
        /** Statement text per shape (lines per book; per posting for a group), so the driver can keep them prepared. */
        private final Map<String, String> postSql = new ConcurrentHashMap<>();

        @Override
        String name() {
            return "postgresql";
        }

        /** A query on PostgreSQL reads the last committed version and never waits for row locks. */
        @Override
        String readWithoutWaiting() {
            return "";
        }

        /**
         * One round trip: each book's row is found by its key and locked in a lateral subquery,
         * run once per listed book in the order of the list.
         */
        @Override
        void lockAll(Connection c, List<String> books) throws SQLException {
            StringBuilder sql = new StringBuilder("SELECT l.id FROM (VALUES ");
            for (int i = 0; i < books.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(CAST(? AS CHAR(36)))");
            }
            sql.append(") AS k (id) CROSS JOIN LATERAL (SELECT b.id FROM ledger_book b WHERE b.id = k.id FOR UPDATE) l");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < books.size(); i++) {
                    ps.setString(i + 1, books.get(i));
                }
                ps.executeQuery().close();
            }
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
                bindApply(ps, 1, d);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? head(rs) : null;
                }
            }
        }

        /**
         * The statements, sent together: the transaction row with ON CONFLICT DO NOTHING and, in the
         * same statement, its queue entry; per book an update that returns the row after it and feeds
         * the book's entries. The queue entry and the first book go ahead only if the transaction row
         * went in, each later book only if the book before it has its entries (found by its first
         * line, so by the unique key of transaction and line): a duplicate writes nothing, and the
         * books after a refusing one are neither changed nor locked.
         */
        @Override
        Written write(Connection c, String insertTx, TxRow tx, List<BookPart> books, Undo undo) throws SQLException {
            String sql = postSql.computeIfAbsent(shape(books), k -> statement(insertTx, books));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, 1, tx, books);
                ps.execute();
                return read(ps, tx, books, undo);
            }
        }

        /**
         * The postings' statements (each posting's text as {@link #write} sends it) one after the
         * other in one text. The text is kept per sequence of shapes while there are few; past that,
         * mixed groups are joined each time.
         */
        @Override
        List<Written> writeAll(Connection c, String insertTx, List<Journal.Prepared> postings, Undo undo) throws SQLException {
            StringBuilder shape = new StringBuilder();
            postings.forEach(p -> shape.append(shape(p.parts())).append(';'));
            String sql = postSql.get(shape.toString());
            if (sql == null) {
                StringBuilder text = new StringBuilder();
                for (Journal.Prepared p : postings) {
                    text.append(text.length() == 0 ? "" : "; ")
                            .append(postSql.computeIfAbsent(shape(p.parts()), k -> statement(insertTx, p.parts())));
                }
                sql = text.toString();
                if (postSql.size() < MAX_TEXTS) {
                    postSql.put(shape.toString(), sql);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Journal.Prepared p : postings) {
                    i = bind(ps, i, p.tx(), p.parts());
                }
                ps.execute();
                List<Written> written = new ArrayList<>(postings.size());
                for (Journal.Prepared p : postings) {
                    if (!written.isEmpty()) {
                        ps.getMoreResults();
                    }
                    written.add(read(ps, p.tx(), p.parts(), undo));
                }
                return written;
            }
        }

        private static String shape(List<BookPart> books) {
            StringBuilder shape = new StringBuilder();
            books.forEach(b -> shape.append(b.lines().size()).append(','));
            return shape.toString();
        }

        /** Binds a posting's parameters from {@code i}; returns the index after them. */
        private static int bind(PreparedStatement ps, int i, TxRow tx, List<BookPart> books) throws SQLException {
            tx.bindAt(ps, i);
            i += TxRow.PARAMS;
            int previous = -1;
            for (BookPart part : books) {
                i = bindApply(ps, i, part.delta());
                ps.setString(i++, tx.id());
                if (previous >= 0) {
                    ps.setInt(i++, previous);
                }
                previous = part.lines().get(0).lineNo();
                ps.setString(i++, part.delta().book());
                ps.setString(i++, tx.id());
                ps.setString(i++, part.delta().currency());
                Db.setInstant(ps, i++, tx.postedAt());
                for (Line line : part.lines()) {
                    ps.setInt(i++, line.lineNo());
                    ps.setInt(i++, line.back());
                    ps.setBigDecimal(i++, line.amount());
                    ps.setBigDecimal(i++, line.later());
                    ps.setString(i++, line.memo());
                }
            }
            return i;
        }

        /**
         * Reads a posting's results, the statement's current result being its transaction row's
         * count; consumes every result of the posting, so the next posting's come next.
         */
        private static Written read(PreparedStatement ps, TxRow tx, List<BookPart> books, Undo undo) throws SQLException {
            boolean inserted = ps.getUpdateCount() == 1;
            if (inserted) {
                undoTransaction(undo, tx.id());
            }
            List<Placed> placed = new ArrayList<>();
            int refused = -1;
            for (int b = 0; b < books.size(); b++) {
                ps.getMoreResults();
                int before = placed.size();
                try (ResultSet rs = ps.getResultSet()) {
                    while (rs.next()) {
                        placed.add(new Placed(rs.getInt(1), rs.getLong(2), Db.money(rs.getBigDecimal(3))));
                    }
                }
                if (placed.size() > before) {
                    undoChange(undo, books.get(b).delta());
                } else if (refused < 0) {
                    refused = b;
                }
            }
            if (!inserted) {
                return Written.DUPLICATE;
            }
            return refused >= 0 ? Written.refused(refused) : new Written(true, -1, placed);
        }

        static String statement(String insertTx, List<BookPart> books) {
            // the queue entry goes in with the transaction row, in one statement, or not at all
            StringBuilder sql = new StringBuilder("WITH t AS (").append(insertTx)
                    .append(" ON CONFLICT DO NOTHING RETURNING id) INSERT INTO ledger_unsealed (transaction_id) SELECT id FROM t");
            for (int b = 0; b < books.size(); b++) {
                BookPart part = books.get(b);
                sql.append("; WITH u AS (").append(APPLY).append(b == 0
                        ? " AND EXISTS (SELECT 1 FROM ledger_transaction WHERE id = ?)"
                        : " AND EXISTS (SELECT 1 FROM ledger_entry WHERE transaction_id = ? AND line_no = ?)")
                        .append(" RETURNING balance, entry_count) ")
                        .append("INSERT INTO ledger_entry (").append(ENTRY_COLUMNS).append(") SELECT CAST(? AS CHAR(36)), ")
                        .append("u.entry_count - v.back, CAST(? AS CHAR(36)), v.line_no, v.amount, CAST(? AS CHAR(3)), ")
                        .append("u.balance - v.later, v.memo, CAST(? AS TIMESTAMP) FROM u CROSS JOIN (VALUES ");
                for (int i = 0; i < part.lines().size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("(CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS DECIMAL(19,2)), "
                            + "CAST(? AS DECIMAL(19,2)), CAST(? AS VARCHAR(500)))");
                }
                sql.append(") AS v (line_no, back, amount, later, memo) RETURNING line_no, book_seq, balance_after");
            }
            return sql.toString();
        }
    }
}
