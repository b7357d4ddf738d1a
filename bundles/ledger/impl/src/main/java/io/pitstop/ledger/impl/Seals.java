package io.pitstop.ledger.impl;

import io.pitstop.core.api.Transactions;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The seal chain: tamper evidence added after commit. A posting only queues
 * its transaction (ledger_unsealed); sealing takes the head's row lock,
 * numbers queued transactions on from the head and chains each one's hash
 * (see {@link Hashes#seal}) to the one before, in the same transaction as it
 * dequeues them. Only committed postings are in the queue a sealer reads, so
 * a seal never covers something that could still roll back; a posting that
 * commits late is sealed by a later run. Postings never wait for sealing and
 * sealing holds no lock a posting needs.
 */
final class Seals {
    /** Transactions per sealing transaction, at most (about a second of postings at full speed). */
    static final int BATCH = 5000;
    /** An update of the head takes its row lock on Derby and PostgreSQL alike, held until commit. */
    private static final String LOCK_HEAD = "UPDATE ledger_seal_head SET last_no = last_no WHERE id = 1";

    /** The chain's last seal: its number and hash. */
    record Head(long lastNo, String lastHash) {
    }

    /** An entry as its seal covers it. */
    record Sealed(int lineNo, String book, long seq, BigDecimal amount, String currency, BigDecimal balanceAfter,
                  Instant postedAt) {
    }

    private Seals() {
    }

    /** Takes the head's row lock, so no other sealer moves the chain until this transaction ends, and reads it. */
    static Head lockHead(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK_HEAD)) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_no, last_hash FROM ledger_seal_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("The ledger's seal head row is missing");
            }
            return new Head(rs.getLong(1), rs.getString(2));
        }
    }

    /**
     * Seals up to about {@link #BATCH} queued transactions, all that are queued when there are fewer,
     * in the caller's transaction; returns how many it took off the queue. The queue is read first,
     * then the queued transactions with their entries in one statement: one join per batch rather
     * than a lookup per transaction, and batches as large as the queue a second of postings leaves,
     * so that the join's cost is shared by many.
     */
    static int sealBatch(Connection c) throws SQLException {
        Head head = lockHead(c);
        // First the queue alone: a queue row read committed belongs to a committed posting, whose
        // entries are all there for the join below. The join alone would not do on Derby, which
        // reads committed rows table by table: it could take a posting's entries before that
        // posting committed them and its queue row after. Postings that commit between the two
        // reads wait for the next run.
        Set<String> queued = new HashSet<>();
        String bound = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT transaction_id FROM ledger_unsealed ORDER BY transaction_id "
                + "FETCH FIRST " + BATCH + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                bound = rs.getString(1);
                queued.add(bound.trim());
            }
        }
        if (queued.isEmpty()) {
            return 0;
        }
        long no = head.lastNo();
        String prev = head.lastHash();
        int dequeued = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT u.transaction_id, t.content_hash, s.seal_no, e.line_no, "
                + "e.book_id, e.book_seq, e.amount, e.currency, e.balance_after, e.posted_at FROM ledger_unsealed u "
                + "LEFT JOIN ledger_transaction t ON t.id = u.transaction_id "
                + "LEFT JOIN ledger_seal s ON s.transaction_id = u.transaction_id "
                + "LEFT JOIN ledger_entry e ON e.transaction_id = u.transaction_id"
                + " WHERE u.transaction_id <= ? ORDER BY u.transaction_id, e.line_no");
             PreparedStatement insert = c.prepareStatement("INSERT INTO ledger_seal (seal_no, transaction_id, hash) VALUES (?, ?, ?)")) {
            read.setString(1, bound);
            read.setFetchSize(1000);
            try (ResultSet rs = read.executeQuery()) {
                String id = null;
                String contentHash = null;
                boolean sealed = false;
                List<Sealed> entries = new ArrayList<>();
                boolean more = rs.next();
                while (more) {
                    if (id == null) {
                        id = rs.getString(1).trim();
                        contentHash = rs.getString(2);
                        sealed = rs.getObject(3) != null;
                    }
                    if (rs.getObject(4) != null) {
                        entries.add(sealed(rs, 4));
                    }
                    more = rs.next();
                    if (more && rs.getString(1).trim().equals(id)) {
                        continue;
                    }
                    // the last row of transaction id: a queued one that is gone stays queued for verify to
                    // report; one sealed already (queued again) only leaves the queue
                    if (!queued.contains(id)) {
                        // committed after the queue was read: its entries may have been read in part
                        id = null;
                        entries = new ArrayList<>();
                        continue;
                    }
                    if (contentHash != null && !sealed) {
                        no++;
                        prev = Hashes.seal(prev, no, id, contentHash, entries);
                        insert.setLong(1, no);
                        insert.setString(2, id);
                        insert.setString(3, prev);
                        insert.addBatch();
                    }
                    dequeued += contentHash != null ? 1 : 0;
                    id = null;
                    entries = new ArrayList<>();
                }
            }
            if (no > head.lastNo()) {
                insert.executeBatch();
            }
        }
        if (dequeued == 0) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ledger_unsealed WHERE EXISTS (SELECT 1 FROM ledger_seal s "
                + "WHERE s.transaction_id = ledger_unsealed.transaction_id) AND transaction_id <= ?")) {
            ps.setString(1, bound);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_seal_head SET last_no = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, no);
            ps.setString(2, prev);
            ps.executeUpdate();
        }
        return dequeued;
    }

    /**
     * Seals everything committed so far, one transaction per batch (a long queue, such as the
     * journal before sealing existed, does not become one huge transaction); returns how many.
     */
    static long sealPending(Transactions transactions, DataSource dataSource) {
        long total = 0;
        while (true) {
            int sealed = transactions.requiresNew(() -> {
                try (Connection c = dataSource.getConnection()) {
                    return sealBatch(c);
                } catch (SQLException e) {
                    throw Db.failure("seal the journal", e);
                }
            });
            total += sealed;
            if (sealed < BATCH) {
                return total;
            }
        }
    }

    /** An entry from columns line_no, book_id, book_seq, amount, currency, balance_after, posted_at from {@code col} on. */
    private static Sealed sealed(ResultSet rs, int col) throws SQLException {
        return new Sealed(rs.getInt(col), rs.getString(col + 1).trim(), rs.getLong(col + 2), Db.money(rs.getBigDecimal(col + 3)),
                rs.getString(col + 4).trim(), Db.money(rs.getBigDecimal(col + 5)), Db.instant(rs, col + 6));
    }

    /** The entries of transactions by transaction id, each list in line order. */
    static Map<String, List<Sealed>> entries(Connection c, List<Object> transactionIds) throws SQLException {
        Map<String, List<Sealed>> entries = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT transaction_id, line_no, book_id, book_seq, amount, currency, "
                + "balance_after, posted_at FROM ledger_entry WHERE transaction_id IN ("
                + Journal.placeholders(transactionIds.size()) + ") ORDER BY transaction_id, line_no")) {
            Journal.bind(ps, transactionIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(sealed(rs, 2));
                }
            }
        }
        return entries;
    }
}
