package io.pitstop.ledger.impl;

import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.VerifyResult;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Recomputes everything the journal promises: the seal chain over sealed
 * transactions and their entries; each transaction's content hash, line
 * count and zero sum, and that it is sealed or waiting to be; each book's
 * entry numbering, running balances and balance (and, for entries posted
 * before sealing existed, their own hash chain and its head); reserved money
 * against pending holds. It holds the seal head's lock, so the chain stays
 * put, and no other: books are read before their entries and only entries up
 * to the book's entry count at that moment are checked, so postings running
 * meanwhile are not reported as damage.
 */
final class Verifier {
    private static final int BATCH = 200;
    private static final int MAX_PROBLEMS = 1000;

    private final Connection c;
    private final List<String> problems = new ArrayList<>();
    private int omitted;
    private long transactions;
    private long entries;
    private long unsealed;

    Verifier(Connection c) {
        this.c = c;
    }

    VerifyResult run() throws SQLException {
        checkSeals(Seals.lockHead(c));
        checkBooks();
        checkTransactions();
        checkSealedOrQueued();
        checkOrphans();
        checkReservations();
        checkTotals();
        if (omitted > 0) {
            problems.add("... and " + omitted + " more problems not listed");
        }
        return new VerifyResult(problems.isEmpty(), transactions, entries, problems);
    }

    private void problem(String text) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(text);
        } else {
            omitted++;
        }
    }

    /** Transactions committed but not sealed yet when the check ran: not damage, but not covered by the chain. */
    long unsealed() {
        return unsealed;
    }

    // ---- the seal chain ----

    private void checkSeals(Seals.Head head) throws SQLException {
        long expected = 1;
        String prev = Hashes.GENESIS;
        while (true) {
            List<Object[]> seals = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.seal_no, s.transaction_id, s.hash, t.content_hash "
                    + "FROM ledger_seal s LEFT JOIN ledger_transaction t ON t.id = s.transaction_id "
                    + "WHERE s.seal_no >= ? AND s.seal_no <= ? ORDER BY s.seal_no FETCH FIRST " + BATCH + " ROWS ONLY")) {
                ps.setLong(1, expected);
                ps.setLong(2, head.lastNo());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seals.add(new Object[] {rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4)});
                    }
                }
            }
            if (seals.isEmpty()) {
                break;
            }
            List<Object> ids = new ArrayList<>();
            seals.forEach(s -> ids.add(s[1]));
            Map<String, List<Seals.Sealed>> sealedEntries = Seals.entries(c, ids);
            for (Object[] s : seals) {
                long no = (Long) s[0];
                String tx = (String) s[1];
                String hash = (String) s[2];
                String contentHash = (String) s[3];
                if (no != expected) {
                    problem("Seals #" + expected + (no - 1 > expected ? " to #" + (no - 1) : "") + " are missing from "
                            + "the seal chain: sealed transactions were deleted or unsealed");
                }
                if (contentHash == null) {
                    problem("Seal #" + no + " names transaction " + tx + ", which is not in the ledger: it was deleted");
                } else if (!hash.equals(Hashes.seal(prev, no, tx, contentHash, sealedEntries.getOrDefault(tx, List.of())))) {
                    problem("Seal #" + no + " of transaction " + tx + " does not match: the transaction or its entries "
                            + "were changed after it was sealed, or the seal before it was");
                }
                prev = hash;
                expected = no + 1;
            }
        }
        if (expected <= head.lastNo()) {
            problem("Seals #" + expected + " to #" + head.lastNo() + " are missing from the end of the seal chain");
        }
        if (!head.lastHash().equals(prev)) {
            problem("The seal chain's head does not match its last seal: the last seals were changed or the head "
                    + "was overwritten");
        }
    }

    // ---- books ----

    private void checkBooks() throws SQLException {
        String after = "";
        while (true) {
            List<Books.Row> books = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Books.COLUMNS + " FROM ledger_book WHERE id > ? "
                    + "ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        books.add(Books.row(rs));
                        after = rs.getString(1);
                    }
                }
            }
            if (books.isEmpty()) {
                return;
            }
            Map<UUID, List<Object[]>> chains = new HashMap<>();
            List<Object> ids = new ArrayList<>();
            books.forEach(b -> ids.add(b.id().toString()));
            try (PreparedStatement ps = c.prepareStatement("SELECT e.book_id, e.book_seq, e.transaction_id, e.amount, e.currency, "
                    + "e.balance_after, e.prev_hash, e.hash, t.content_hash FROM ledger_entry e "
                    + "LEFT JOIN ledger_transaction t ON t.id = e.transaction_id WHERE e.book_id IN ("
                    + Journal.placeholders(ids.size()) + ") ORDER BY e.book_id, e.book_seq")) {
                Journal.bind(ps, ids);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        chains.computeIfAbsent(Db.uuid(rs.getString(1)), k -> new ArrayList<>()).add(new Object[] {
                            rs.getLong(2), rs.getString(3).trim(), Db.money(rs.getBigDecimal(4)), rs.getString(5).trim(),
                            Db.money(rs.getBigDecimal(6)), rs.getString(7), rs.getString(8), rs.getString(9)});
                    }
                }
            }
            for (Books.Row book : books) {
                checkChain(book, chains.getOrDefault(book.id(), List.of()));
            }
        }
    }

    /**
     * Numbering and running balances of a book's entries; entries posted before sealing existed
     * also carry a hash chained within the book, which must be a prefix ending at the book's
     * {@code last_hash}.
     */
    private void checkChain(Books.Row book, List<Object[]> chain) {
        String name = "Book " + book.id();
        long expected = 1;
        String prev = Hashes.GENESIS;
        boolean chained = true;
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (Object[] e : chain) {
            long seq = (Long) e[0];
            if (seq > book.entryCount()) {
                break; // posted after the book row was read
            }
            entries++;
            String tx = (String) e[1];
            BigDecimal amount = (BigDecimal) e[2];
            String currency = (String) e[3];
            BigDecimal balanceAfter = (BigDecimal) e[4];
            String prevHash = (String) e[5];
            String hash = (String) e[6];
            String txHash = (String) e[7];
            String entry = name + " entry #" + seq + " (transaction " + tx + ")";
            if (seq != expected) {
                problem(name + ": entries #" + expected + (seq - 1 > expected ? " to #" + (seq - 1) : "")
                        + " are missing from its chain; they were deleted");
            }
            if (hash == null) {
                chained = false;
            } else if (!chained) {
                problem(entry + " has a book chain hash after entries without one: it was inserted or its hash was "
                        + "added later");
            } else {
                if (!prev.equals(prevHash)) {
                    problem(entry + " does not link to the entry before it: an entry before it was changed, removed or "
                            + "inserted");
                }
                if (txHash != null && !hash.equals(Hashes.entry(prevHash, txHash, book.id(), amount, currency, balanceAfter))) {
                    problem(entry + ": its amount, currency or balance after it was changed after posting (hash mismatch); "
                            + "it now says " + amount.toPlainString() + " " + currency + ", balance after "
                            + balanceAfter.toPlainString());
                }
                prev = hash;
            }
            if (!currency.equals(book.currency())) {
                problem(entry + " is in " + currency + " but the book keeps " + book.currency());
            }
            sum = sum.add(amount);
            if (balanceAfter.compareTo(sum) != 0) {
                problem(entry + " says the balance after it is " + balanceAfter.toPlainString()
                        + " but the book's entries up to it add up to " + sum.toPlainString());
            }
            expected = seq + 1;
        }
        if (expected <= book.entryCount()) {
            problem(name + ": entries #" + expected + " to #" + book.entryCount() + " are missing from the end of its chain");
        }
        if (book.balance().compareTo(sum) != 0) {
            problem(name + ": its balance is " + book.balance().toPlainString() + " " + book.currency()
                    + " but its entries add up to " + sum.toPlainString());
        }
        if (!book.lastHash().equals(prev)) {
            problem(name + ": the chain head kept on the book does not match the last entry of its chain: those "
                    + "entries were changed or the head was overwritten");
        }
    }

    // ---- transactions ----

    private void checkTransactions() throws SQLException {
        String after = "";
        while (true) {
            List<Object[]> txs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, tx_type, reason, source_document, author, posted_at, "
                    + "reverses, line_count, content_hash FROM ledger_transaction WHERE id > ? ORDER BY id FETCH FIRST "
                    + BATCH + " ROWS ONLY")) {
                ps.setString(1, after);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        after = rs.getString(1);
                        txs.add(new Object[] {after.trim(), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Db.instant(rs, 6), rs.getString(7), rs.getInt(8), rs.getString(9)});
                    }
                }
            }
            if (txs.isEmpty()) {
                return;
            }
            Map<String, List<PostingLine>> lines = new HashMap<>();
            List<Object> ids = new ArrayList<>();
            txs.forEach(t -> ids.add(t[0]));
            try (PreparedStatement ps = c.prepareStatement("SELECT transaction_id, book_id, amount, currency, memo "
                    + "FROM ledger_entry WHERE transaction_id IN (" + Journal.placeholders(ids.size())
                    + ") ORDER BY transaction_id, line_no")) {
                Journal.bind(ps, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.computeIfAbsent(rs.getString(1).trim(), k -> new ArrayList<>()).add(new PostingLine(
                                Db.uuid(rs.getString(2)), Db.money(rs.getBigDecimal(3)), rs.getString(4).trim(), rs.getString(5)));
                    }
                }
            }
            for (Object[] t : txs) {
                checkTransaction(t, lines.getOrDefault((String) t[0], List.of()));
            }
        }
    }

    private void checkTransaction(Object[] t, List<PostingLine> lines) {
        transactions++;
        String id = (String) t[0];
        String name = "Transaction " + id + " (" + t[1] + ", posted " + t[5] + ")";
        int lineCount = (Integer) t[7];
        String reverses = (String) t[6];
        if (lines.size() != lineCount) {
            problem(name + " was posted with " + lineCount + " lines but has " + lines.size()
                    + " in the journal: lines were deleted or added");
        }
        String hash = Hashes.transaction(UUID.fromString(id), (String) t[1], (String) t[2], (String) t[3], (String) t[4],
                (Instant) t[5], reverses == null ? null : UUID.fromString(reverses.trim()), lines);
        if (!hash.equals(t[8])) {
            problem(name + ": its content hash does not match: its type, reason, source document, author, time or lines "
                    + "were changed after posting");
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (PostingLine line : lines) {
            sums.merge(line.currency(), line.amount(), BigDecimal::add);
        }
        sums.forEach((currency, sum) -> {
            if (sum.signum() != 0) {
                problem(name + " does not balance: its " + currency + " lines add up to " + sum.toPlainString()
                        + " instead of zero");
            }
        });
    }

    /** Every transaction is sealed or queued for sealing, and every queued one exists. */
    private void checkSealedOrQueued() throws SQLException {
        reportEach("SELECT t.id FROM ledger_transaction t "
                + "WHERE NOT EXISTS (SELECT 1 FROM ledger_seal s WHERE s.transaction_id = t.id) "
                + "AND NOT EXISTS (SELECT 1 FROM ledger_unsealed u WHERE u.transaction_id = t.id)",
                rs -> "Transaction " + rs.getString(1).trim() + " is neither sealed nor waiting to be sealed: "
                        + "its seal was removed");
        reportEach("SELECT u.transaction_id FROM ledger_unsealed u "
                + "WHERE NOT EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.id = u.transaction_id)",
                rs -> "Transaction " + rs.getString(1).trim() + " was posted but is not in the ledger: it was "
                        + "deleted before it was sealed");
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_unsealed");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            unsealed = rs.getLong(1);
        }
    }

    /** What a row found by a check says is wrong. */
    private interface RowProblem {
        String describe(ResultSet rs) throws SQLException;
    }

    /** Reports a problem for each of the first 100 rows the query finds. */
    private void reportEach(String query, RowProblem row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query + " FETCH FIRST 100 ROWS ONLY");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problem(row.describe(rs));
            }
        }
    }

    // ---- the rest ----

    private void checkOrphans() throws SQLException {
        reportEach("SELECT e.book_id, e.book_seq, e.transaction_id FROM ledger_entry e "
                + "WHERE NOT EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.id = e.transaction_id) "
                + "OR NOT EXISTS (SELECT 1 FROM ledger_book b WHERE b.id = e.book_id)",
                rs -> "Entry #" + rs.getLong(2) + " of book " + rs.getString(1).trim() + " names transaction "
                        + rs.getString(3).trim() + ", but that transaction or book is not in the ledger: it was deleted");
    }

    private void checkReservations() throws SQLException {
        String pending = "COALESCE((SELECT SUM(h.amount) FROM ledger_hold h WHERE h.book_id = b.id AND h.status = 'PENDING'), 0)";
        try (PreparedStatement ps = c.prepareStatement("SELECT b.id, b.reserved, " + pending + " FROM ledger_book b "
                + "WHERE b.reserved <> " + pending);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                problem("Book " + rs.getString(1).trim() + " reserves " + Db.money(rs.getBigDecimal(2)).toPlainString()
                        + " but its pending holds add up to " + rs.getBigDecimal(3).setScale(2).toPlainString());
            }
        }
    }

    private void checkTotals() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT currency, SUM(balance) FROM ledger_book GROUP BY currency");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getBigDecimal(2).signum() != 0) {
                    problem("The balances of all " + rs.getString(1).trim() + " books add up to "
                            + rs.getBigDecimal(2).setScale(2).toPlainString() + " instead of zero");
                }
            }
        }
    }
}
