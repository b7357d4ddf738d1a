package io.pitstop.ledger.impl;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.Validation;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.Entry;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.TransactionId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes and reads journal transactions. Every posting takes its books' row
 * locks in one fixed order ({@link #LOCK_ORDER}, so two postings over the
 * same books cannot deadlock), numbers each book's entries and gives them
 * their balance after from the locked row, and relies on the unique
 * idempotency key of the transaction row to tell a retry. The hash chain is
 * not extended here but by sealing after commit ({@link Seals}), so a book's
 * lock covers its balance update only. The statements are the dialect's
 * (see {@link Dialect}).
 */
final class Journal {
    static final String TX_COLUMNS = "id, tx_type, reason, source_document, author, posted_at, reverses, content_hash";
    static final String INSERT_TX = "INSERT INTO ledger_transaction (id, idem_key, request_hash, tx_type, reason, "
            + "source_document, author, posted_at, reverses, line_count, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final Set<String> HOUSE_BOOKS = Arrays.stream(HouseBook.values())
            .map(h -> h.bookId().toString()).collect(Collectors.toUnmodifiableSet());

    /**
     * The order in which every posting locks its books: personal books first, then house books, each
     * in ascending id order. Any fixed order keeps two postings from deadlocking; this one locks the
     * house books (bank, revenue: the other side of nearly every posting, so the hottest rows) last,
     * so they are held only for what follows them, not for the customer's book as well.
     */
    static final Comparator<String> LOCK_ORDER = Comparator.<String, Boolean>comparing(HOUSE_BOOKS::contains)
            .thenComparing(Comparator.naturalOrder());

    /** Names the request fields that point at a line's book and currency, for error messages. */
    interface Fields {
        String book(int line);

        String currency(int line);
    }

    static final Fields LINES = new Fields() {
        @Override
        public String book(int line) {
            return "lines[" + line + "].book";
        }

        @Override
        public String currency(int line) {
            return "lines[" + line + "].currency";
        }
    };

    /** A validated transaction ready to write; lines have scale 2 and upper-case currencies. */
    record NewTransaction(UUID id, String idempotencyKey, String requestHash, String type, String reason,
                          String sourceDocument, String author, Instant postedAt, UUID reverses, List<PostingLine> lines) {
        String contentHash() {
            return Hashes.transaction(id, type, reason, sourceDocument, author, postedAt, reverses, lines);
        }
    }

    /**
     * A posting's statements, built before any of them is sent, with what a refusal is explained
     * from (whether debits are checked against the limit, reserved money changed by a capture).
     */
    record Prepared(NewTransaction t, String contentHash, Dialect.TxRow tx, List<Dialect.BookPart> parts,
                    boolean checkLimits, Map<String, BigDecimal> reservedDeltas) {
    }

    private final Dialect dialect;

    Journal(Dialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Posts a transaction. Returns null, having written nothing, when its idempotency key (or
     * another unique key, such as the one reversal per transaction) already exists.
     *
     * @param checkLimits    whether debits must stay within the available amount
     * @param reservedDeltas changes of reserved money per book id, for captures
     */
    LedgerTransaction post(Connection c, NewTransaction t, boolean checkLimits, Map<String, BigDecimal> reservedDeltas,
                           Undo undo, Fields fields) throws SQLException {
        return post(c, prepare(t, checkLimits, reservedDeltas), undo, fields);
    }

    /** Posts a transaction prepared with {@link #prepare}; see {@link #post(Connection, NewTransaction, boolean, Map, Undo, Fields)}. */
    LedgerTransaction post(Connection c, Prepared p, Undo undo, Fields fields) throws SQLException {
        List<Dialect.BookPart> parts = p.parts();
        Set<String> locked = new HashSet<>();
        while (true) {
            Undo attempt = new Undo();
            Dialect.Written written = dialect.write(c, INSERT_TX, p.tx(), parts, attempt);
            if (!written.inserted()) {
                return null;
            }
            if (written.refused() < 0) {
                undo.adopt(attempt);
                return result(p.t(), p.contentHash(), written.placed());
            }
            attempt.runOrThrow(c, "a refused posting");
            // A refused book was read without its lock, and a concurrent posting may have changed it
            // since: lock it and try again, so that a refusal is decided on a row we hold and explained
            // from that same row. The books after it were not touched and those before it we hold, so
            // locking it now keeps the lock order.
            String book = parts.get(written.refused()).delta().book();
            if (!locked.add(book) || !dialect.lock(c, book)) {
                throw refusal(c, dialect, p.t().lines(), p.reservedDeltas(), p.checkLimits(), fields);
            }
        }
    }

    /**
     * Posts several transactions in one round trip, when the dialect can send them so, in a
     * transaction that already holds all their books' locks. Returns their transactions in order;
     * or null, having written nothing that stays, when the dialect sends postings one by one or any
     * of them was a repeat or refused: the caller then posts them one by one with {@link #post}, which
     * tells repeats and explains refusals.
     */
    List<LedgerTransaction> postAll(Connection c, List<Prepared> postings) throws SQLException {
        Undo undo = new Undo();
        List<Dialect.Written> written = dialect.writeAll(c, INSERT_TX, postings, undo);
        if (written == null) {
            return null;
        }
        List<LedgerTransaction> done = new ArrayList<>(postings.size());
        for (int i = 0; i < postings.size(); i++) {
            Dialect.Written w = written.get(i);
            if (!w.inserted() || w.refused() >= 0) {
                undo.runOrThrow(c, "a group's postings");
                return null;
            }
            done.add(result(postings.get(i).t(), postings.get(i).contentHash(), w.placed()));
        }
        return done;
    }

    /** Builds a posting's statements: its books in lock order with their changes and lines, and its transaction row. */
    static Prepared prepare(NewTransaction t, boolean checkLimits, Map<String, BigDecimal> reservedDeltas) {
        String contentHash = t.contentHash();
        String txId = t.id().toString();
        // lines grouped by book, books in lock order
        TreeMap<String, List<Integer>> byBook = new TreeMap<>(LOCK_ORDER);
        for (int i = 0; i < t.lines().size(); i++) {
            byBook.computeIfAbsent(t.lines().get(i).book().toString(), k -> new ArrayList<>()).add(i);
        }
        List<Dialect.BookPart> parts = new ArrayList<>(byBook.size());
        for (Map.Entry<String, List<Integer>> book : byBook.entrySet()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i : book.getValue()) {
                sum = sum.add(t.lines().get(i).amount());
            }
            List<Dialect.Line> lines = new ArrayList<>(book.getValue().size());
            BigDecimal later = sum;
            int back = book.getValue().size();
            for (int i : book.getValue()) {
                PostingLine line = t.lines().get(i);
                later = later.subtract(line.amount());
                lines.add(new Dialect.Line(i, line.amount(), line.memo(), --back, later));
            }
            BigDecimal reserved = reservedDeltas.getOrDefault(book.getKey(), BigDecimal.ZERO);
            parts.add(new Dialect.BookPart(new Dialect.BookDelta(book.getKey(), t.lines().get(book.getValue().get(0)).currency(),
                    sum, reserved, book.getValue().size(), checkLimits && sum.signum() < 0), lines));
        }
        Dialect.RowBinder txRow = (ps, first) -> {
            int i = first;
            ps.setString(i++, txId);
            ps.setString(i++, t.idempotencyKey());
            ps.setString(i++, t.requestHash());
            ps.setString(i++, t.type());
            ps.setString(i++, t.reason());
            ps.setString(i++, t.sourceDocument());
            ps.setString(i++, t.author());
            Db.setInstant(ps, i++, t.postedAt());
            ps.setString(i++, t.reverses() == null ? null : t.reverses().toString());
            ps.setInt(i++, t.lines().size());
            ps.setString(i, contentHash);
        };
        return new Prepared(t, contentHash, new Dialect.TxRow(txId, t.postedAt(), txRow), parts, checkLimits, reservedDeltas);
    }

    private static LedgerTransaction result(NewTransaction t, String contentHash, List<Dialect.Placed> placed) {
        Entry[] entries = new Entry[t.lines().size()];
        for (Dialect.Placed p : placed) {
            PostingLine line = t.lines().get(p.lineNo());
            entries[p.lineNo()] = new Entry(p.seq(), line.book(), line.amount(), line.currency(), p.balanceAfter(), line.memo());
        }
        return new LedgerTransaction(new TransactionId(t.id()), t.type(), t.reason(), t.sourceDocument(), t.author(),
                t.postedAt(), List.of(entries), t.reverses() == null ? null : new TransactionId(t.reverses()), null,
                contentHash, false);
    }

    /**
     * Explains why a book row refused its change, after the undo: the field errors of every line
     * at once (unknown book, wrong currency), else a closed book, else the first book short of money.
     */
    static RuntimeException refusal(Connection c, Dialect dialect, List<PostingLine> lines,
                                    Map<String, BigDecimal> reservedDeltas, boolean checkLimits, Fields fields) throws SQLException {
        // the refused book is ours (locked) and read as it is; the others are read without waiting for their holders
        Map<String, Books.Row> books = Books.read(c, lines.stream().map(l -> l.book().toString()).distinct().toList(),
                dialect.readWithoutWaiting());
        Validation v = new Validation();
        for (int i = 0; i < lines.size(); i++) {
            PostingLine line = lines.get(i);
            Books.Row book = books.get(line.book().toString());
            if (book == null) {
                v.require(false, fields.book(i), "is not a book of the ledger: " + line.book());
            } else if (!book.currency().equals(line.currency())) {
                v.require(false, fields.currency(i), "is " + line.currency() + " but book " + line.book()
                        + " keeps " + book.currency());
            }
        }
        v.throwIfInvalid();
        for (PostingLine line : lines) {
            Books.Row book = books.get(line.book().toString());
            if (book.status() == io.pitstop.ledger.api.BookStatus.CLOSED) {
                return new BusinessRuleException("book-closed", "Book " + line.book() + " is closed and takes no postings");
            }
        }
        Map<String, BigDecimal> net = new LinkedHashMap<>();
        for (PostingLine line : lines) {
            net.merge(line.book().toString(), line.amount(), BigDecimal::add);
        }
        for (Map.Entry<String, BigDecimal> n : net.entrySet()) {
            Books.Row book = books.get(n.getKey());
            BigDecimal reserve = reservedDeltas.getOrDefault(n.getKey(), BigDecimal.ZERO);
            if (checkLimits && !book.house() && n.getValue().signum() < 0
                    && book.available().add(n.getValue()).subtract(reserve).signum() < 0) {
                return insufficient(book, n.getValue().negate().add(reserve));
            }
        }
        return new ConflictException("A book changed while the ledger was posting to it; repeat the request");
    }

    static BusinessRuleException insufficient(Books.Row book, BigDecimal needed) {
        return new BusinessRuleException("insufficient-funds", "Book " + book.id() + " has " + book.available().toPlainString()
                + " " + book.currency() + " available (balance " + book.balance().toPlainString() + ", reserved "
                + book.reserved().toPlainString() + ", credit limit " + book.creditLimit().toPlainString()
                + ") but needs " + needed.toPlainString());
    }

    /** Id and request fingerprint of the transaction that holds an idempotency key, or null. */
    static String[] byKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, request_hash FROM ledger_transaction WHERE idem_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new String[] {rs.getString(1).trim(), rs.getString(2)} : null;
            }
        }
    }

    /**
     * The answer to a request whose key is taken: the first result when the request is the same,
     * a conflict when it differs; null when no transaction holds the key.
     */
    LedgerTransaction replay(Connection c, String key, String requestHash) throws SQLException {
        String[] existing = byKey(c, key);
        if (existing == null) {
            return null;
        }
        if (!existing[1].equals(requestHash)) {
            throw new ConflictException("Idempotency key '" + key + "' was already used for a different request", existing[0]);
        }
        return load(c, UUID.fromString(existing[0]), true);
    }

    LedgerTransaction load(Connection c, UUID id, boolean replayed) throws SQLException {
        List<LedgerTransaction> found = loadAll(c, "SELECT " + TX_COLUMNS + " FROM ledger_transaction WHERE id = ?",
                List.of(id.toString()), replayed);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Runs a query for transaction rows, then fetches their entries and reversals in two more statements. */
    List<LedgerTransaction> loadAll(Connection c, String sql, List<Object> params, boolean replayed) throws SQLException {
        List<Object[]> heads = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    heads.add(new Object[] {rs.getString(1).trim(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Db.instant(rs, 6), rs.getString(7), rs.getString(8)});
                }
            }
        }
        if (heads.isEmpty()) {
            return List.of();
        }
        List<String> ids = heads.stream().map(h -> (String) h[0]).toList();
        Map<String, List<Entry>> entries = new HashMap<>();
        Map<String, String> reversedBy = new HashMap<>();
        String in = placeholders(ids.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT transaction_id, book_seq, book_id, amount, currency, "
                + "balance_after, memo FROM ledger_entry WHERE transaction_id IN (" + in + ") ORDER BY transaction_id, line_no")) {
            bind(ps, new ArrayList<>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(new Entry(rs.getLong(2),
                            Db.uuid(rs.getString(3)), Db.money(rs.getBigDecimal(4)), rs.getString(5),
                            Db.money(rs.getBigDecimal(6)), rs.getString(7)));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT reverses, id FROM ledger_transaction WHERE reverses IN (" + in + ")")) {
            bind(ps, new ArrayList<>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reversedBy.put(rs.getString(1).trim(), rs.getString(2).trim());
                }
            }
        }
        List<LedgerTransaction> result = new ArrayList<>(heads.size());
        for (Object[] h : heads) {
            String id = (String) h[0];
            String reverses = (String) h[6];
            String by = reversedBy.get(id);
            result.add(new LedgerTransaction(TransactionId.parse(id), (String) h[1], (String) h[2], (String) h[3],
                    (String) h[4], (Instant) h[5], entries.getOrDefault(id, List.of()),
                    reverses == null ? null : TransactionId.parse(reverses), by == null ? null : TransactionId.parse(by),
                    (String) h[7], replayed));
        }
        return result;
    }

    static String placeholders(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "?" : ", ?");
        }
        return s.toString();
    }

    static void bind(PreparedStatement ps, Collection<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof Instant) {
                Db.setInstant(ps, i++, (Instant) p);
            } else if (p instanceof Integer) {
                ps.setInt(i++, (Integer) p);
            } else {
                ps.setString(i++, p.toString());
            }
        }
    }

    /** Whether a book id names one of the company's own books. */
    static boolean isHouse(UUID book) {
        return HOUSE_BOOKS.contains(book.toString());
    }
}
