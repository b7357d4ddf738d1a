package io.pitstop.ledger.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.TransactionType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;

/**
 * A group's postings sent together (PostgreSQL: one round trip): they land
 * as if posted one after the other, and a group with a repeat or a refusal
 * in it leaves nothing written, so that its postings can go one by one.
 */
public class PostAllTest extends TestDatabases.OnBoth {
    private UUID hot;
    private UUID a;
    private UUID b;
    private int keys;

    @Before
    public void books() {
        hot = f.book("0.00");
        a = f.book("0.00");
        b = f.book("100.00");
        f.topup(hot, "50.00");
    }

    @Test
    public void postingsSentTogetherLandAsIfOneAfterAnother() {
        List<LedgerTransaction> done = postAll(List.of(
                transfer(hot, a, "10.00"), transfer(hot, b, "15.50"), transfer(a, hot, "2.25", "memo one", b, "0.75")));
        if ("derby".equals(database)) {
            assertNull("embedded Derby sends postings one by one", done);
            return;
        }
        assertEquals(3, done.size());
        // the hot book's entries are numbered on from the top-up (entry 1) and carry running balances
        assertEquals(2, done.get(0).entries().get(0).sequence());
        assertEquals(new BigDecimal("40.00"), done.get(0).entries().get(0).balanceAfter());
        assertEquals(3, done.get(1).entries().get(0).sequence());
        assertEquals(new BigDecimal("24.50"), done.get(1).entries().get(0).balanceAfter());
        assertEquals(new BigDecimal("7.00"), done.get(2).entries().get(0).balanceAfter());
        assertEquals(4, done.get(2).entries().get(1).sequence());
        assertEquals(new BigDecimal("26.75"), done.get(2).entries().get(1).balanceAfter());
        assertEquals(new BigDecimal("16.25"), done.get(2).entries().get(2).balanceAfter());
        assertEquals(new BigDecimal("26.75"), f.balance(hot));
        assertEquals(new BigDecimal("7.00"), f.balance(a));
        assertEquals(new BigDecimal("16.25"), f.balance(b));
        assertTrue(f.ledger.verify().problems().toString(), f.ledger.verify().intact());
    }

    @Test
    public void aRefusalAnywhereInTheGroupLeavesNothingWritten() {
        // the second posting overdraws book a (no credit limit) after the first credited it
        assertNothingWritten(List.of(transfer(hot, a, "10.00"), transfer(a, b, "10.01"), transfer(hot, b, "1.00")));
        // a refusal of a posting with two debited books, whichever of them is locked first
        assertNothingWritten(List.of(transfer(hot, b, "1.00"), prepare("pa-" + (++keys),
                new PostingLine(hot, new BigDecimal("-5.00"), "RUB", null), new PostingLine(a, new BigDecimal("-1.00"), "RUB", null),
                new PostingLine(b, new BigDecimal("6.00"), "RUB", null))));
    }

    @Test
    public void aRepeatedKeyInTheGroupLeavesNothingWritten() {
        Journal.Prepared first = transfer(hot, a, "10.00");
        Journal.Prepared again = prepare("pa-" + keys, new PostingLine(hot, new BigDecimal("-1.00"), "RUB", null),
                new PostingLine(a, new BigDecimal("1.00"), "RUB", null));
        assertNothingWritten(List.of(first, again));
    }

    private void assertNothingWritten(List<Journal.Prepared> group) {
        long before = transactions();
        BigDecimal hotBefore = f.balance(hot);
        BigDecimal aBefore = f.balance(a);
        BigDecimal bBefore = f.balance(b);
        assertNull(postAll(group));
        assertEquals(before, transactions());
        assertEquals(hotBefore, f.balance(hot));
        assertEquals(aBefore, f.balance(a));
        assertEquals(bBefore, f.balance(b));
        assertTrue(f.ledger.verify().problems().toString(), f.ledger.verify().intact());
    }

    /** Runs postAll as a group does: in one transaction holding every book's lock, committed when it answers. */
    private List<LedgerTransaction> postAll(List<Journal.Prepared> group) {
        return f.transactions.required(() -> {
            try (Connection c = f.transactions.dataSource().getConnection()) {
                Dialect dialect = Dialect.of(c);
                TreeSet<String> books = new TreeSet<>(Journal.LOCK_ORDER);
                group.forEach(p -> p.parts().forEach(part -> books.add(part.delta().book())));
                dialect.lockAll(c, new ArrayList<>(books));
                return new Journal(dialect).postAll(c, group);
            }
        });
    }

    private Journal.Prepared transfer(UUID from, UUID to, String amount) {
        return prepare("pa-" + (++keys), new PostingLine(from, new BigDecimal(amount).negate(), "RUB", null),
                new PostingLine(to, new BigDecimal(amount), "RUB", null));
    }

    /** From pays {@code amount} to {@code to} and {@code fee} to {@code third}. */
    private Journal.Prepared transfer(UUID from, UUID to, String amount, String memo, UUID third, String fee) {
        BigDecimal total = new BigDecimal(amount).add(new BigDecimal(fee));
        return prepare("pa-" + (++keys), new PostingLine(from, total.negate(), "RUB", null),
                new PostingLine(to, new BigDecimal(amount), "RUB", memo), new PostingLine(third, new BigDecimal(fee), "RUB", null));
    }

    private static Journal.Prepared prepare(String key, PostingLine... lines) {
        Journal.NewTransaction t = new Journal.NewTransaction(UUID.randomUUID(), key, "hash-" + key, TransactionType.TRANSFER,
                "group", "doc-1", "anna", Instant.parse("2024-03-01T10:00:00Z"), null, List.of(lines));
        return Journal.prepare(t, true, Map.of());
    }

    private long transactions() {
        return f.transactions.required(() -> {
            try (Connection c = f.transactions.dataSource().getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ledger_transaction");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
