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
import java.util.List;
import java.util.Map;
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
    /** Transactions per sealing transaction. */
    static final int BATCH = 200;
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

    /** Seals up to {@link #BATCH} committed transactions in the caller's transaction; returns how many it took off the queue. */
    static int sealBatch(Connection c) throws SQLException {
        Head head = lockHead(c);
        List<Object> queued = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT transaction_id FROM ledger_unsealed ORDER BY transaction_id "
                + "FETCH FIRST " + BATCH + " ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                queued.add(rs.getString(1).trim());
            }
        }
        if (queued.isEmpty()) {
            return 0;
        }
        // content hashes of the queued transactions that exist and are not sealed yet
        Map<String, String> contentHashes = new HashMap<>();
        List<Object> dequeue = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t.id, t.content_hash, (SELECT COUNT(*) FROM ledger_seal s "
                + "WHERE s.transaction_id = t.id) FROM ledger_transaction t WHERE t.id IN ("
                + Journal.placeholders(queued.size()) + ")")) {
            Journal.bind(ps, queued);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1).trim();
                    if (rs.getLong(3) == 0) {
                        contentHashes.put(id, rs.getString(2));
                    } else {
                        dequeue.add(id); // queued again after its seal: sealing it twice would break the chain
                    }
                }
            }
        }
        Map<String, List<Sealed>> entries = entries(c, queued);
        long no = head.lastNo();
        String prev = head.lastHash();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_seal (seal_no, transaction_id, hash) VALUES (?, ?, ?)")) {
            for (Object q : queued) {
                String id = (String) q;
                String contentHash = contentHashes.get(id);
                if (contentHash == null) {
                    continue; // queued but gone stays queued for verify to report
                }
                no++;
                prev = Hashes.seal(prev, no, id, contentHash, entries.getOrDefault(id, List.of()));
                ps.setLong(1, no);
                ps.setString(2, id);
                ps.setString(3, prev);
                ps.addBatch();
                dequeue.add(id);
            }
            if (no > head.lastNo()) {
                ps.executeBatch();
            }
        }
        if (dequeue.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ledger_unsealed WHERE transaction_id IN ("
                + Journal.placeholders(dequeue.size()) + ")")) {
            Journal.bind(ps, dequeue);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE ledger_seal_head SET last_no = ?, last_hash = ? WHERE id = 1")) {
            ps.setLong(1, no);
            ps.setString(2, prev);
            ps.executeUpdate();
        }
        return dequeue.size();
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

    /** The entries of transactions by transaction id, each list in line order. */
    static Map<String, List<Sealed>> entries(Connection c, List<Object> transactionIds) throws SQLException {
        Map<String, List<Sealed>> entries = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT transaction_id, line_no, book_id, book_seq, amount, currency, "
                + "balance_after, posted_at FROM ledger_entry WHERE transaction_id IN ("
                + Journal.placeholders(transactionIds.size()) + ") ORDER BY transaction_id, line_no")) {
            Journal.bind(ps, transactionIds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(new Sealed(rs.getInt(2),
                            rs.getString(3).trim(), rs.getLong(4), Db.money(rs.getBigDecimal(5)), rs.getString(6).trim(),
                            Db.money(rs.getBigDecimal(7)), Db.instant(rs, 8)));
                }
            }
        }
        return entries;
    }
}
