package io.pitstop.ledger.impl;

import static io.pitstop.ledger.impl.LedgerFixture.ACCOUNTANT;
import static io.pitstop.ledger.impl.LedgerFixture.BANK;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

/**
 * Statements under concurrent postings: a posting's time is read before it waits for its books,
 * so postings a moment apart take their places in a book in another order than their times.
 * Every statement line must still show the balance its entry had, and periods must join.
 */
public class StatementOrderTest extends TestDatabases.OnBoth {
    private static final int THREADS = 8;
    private static final int POSTINGS = 250;

    @Test
    public void everyLineShowsItsEntrysBalanceWhilePostingsCross() throws Exception {
        List<UUID> accounts = List.of(f.book("0"), f.book("0"), f.book("0"));
        // a millisecond per reading, starting a second before midnight in Moscow: the postings cross a day
        f.clock.set(Instant.parse("2024-03-01T20:59:59Z"));
        f.clock.tick(Duration.ofMillis(1));
        AtomicInteger posted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int seed = t;
            done.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < POSTINGS; i++) {
                    UUID to = accounts.get(random.nextInt(accounts.size()));
                    UUID from = random.nextInt(3) == 0 ? BANK : accounts.get(random.nextInt(accounts.size()));
                    if (from.equals(to)) {
                        from = BANK;
                    }
                    String type = from.equals(BANK) ? TransactionType.TOPUP : TransactionType.TRANSFER;
                    String amount = BigDecimal.valueOf(1 + random.nextInt(10000), 2).toPlainString();
                    try {
                        f.ledger.post(ACCOUNTANT, LedgerFixture.request("s" + seed + "-" + i, type, from, to, amount));
                        posted.incrementAndGet();
                    } catch (BusinessRuleException e) {
                        // short of money: refused, nothing written
                    }
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();
        assertTrue("too few postings went through to cross: " + posted, posted.get() > THREADS * POSTINGS / 4);

        LocalDate first = LocalDate.of(2024, 3, 1);
        LocalDate second = LocalDate.of(2024, 3, 2);
        for (UUID book : List.of(accounts.get(0), accounts.get(1), accounts.get(2), BANK)) {
            Map<Long, Object[]> entries = entries(book);
            Statement before = f.ledger.statement(book, first, first);
            Statement after = f.ledger.statement(book, second, second);
            Statement whole = f.ledger.statement(book, first, second);
            assertTrue(book + ": the postings did not cross midnight", !before.lines().isEmpty() && !after.lines().isEmpty());
            for (Statement s : List.of(before, after, whole)) {
                checkLines(book, s, entries);
            }
            assertEquals(book + ": the days do not join", 0, before.closing().compareTo(after.opening()));
            assertEquals(book + ": the days do not join", last(before) + 1, after.lines().get(0).sequence());
            assertEquals(book + ": the whole period lists every entry", entries.size(), whole.lines().size());
            assertEquals(0, whole.closing().compareTo(f.balance(book)));
        }
        assertTrue(f.ledger.verify().intact());
    }

    /** Each line shows its entry's balance after it; places rise one by one; the totals add up. */
    private static void checkLines(UUID book, Statement s, Map<Long, Object[]> entries) {
        BigDecimal running = s.opening();
        long place = s.lines().get(0).sequence() - 1;
        if (place > 0) {
            assertEquals(book + ": opening", 0, ((BigDecimal) entries.get(place)[1]).compareTo(s.opening()));
        }
        for (Statement.Line line : s.lines()) {
            Object[] entry = entries.get(line.sequence());
            assertEquals(book + ": lines must follow the book's places", place + 1, line.sequence());
            assertEquals(book + " place " + line.sequence(), entry[0], line.transaction().toString());
            assertEquals(book + " place " + line.sequence() + ": running balance " + line.runningBalance()
                    + " but the entry's balance after is " + entry[1], 0, ((BigDecimal) entry[1]).compareTo(line.runningBalance()));
            running = running.add(line.amount());
            place = line.sequence();
        }
        assertEquals(0, running.compareTo(s.closing()));
        assertEquals(0, s.opening().add(s.credits()).subtract(s.debits()).compareTo(s.closing()));
    }

    private static long last(Statement s) {
        return s.lines().get(s.lines().size() - 1).sequence();
    }

    /** The book's entries by place: transaction id and balance after. */
    private Map<Long, Object[]> entries(UUID book) throws SQLException {
        Map<Long, Object[]> entries = new HashMap<>();
        try (Connection c = f.transactions.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT book_seq, transaction_id, balance_after FROM ledger_entry "
                     + "WHERE book_id = ?")) {
            ps.setString(1, book.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.put(rs.getLong(1), new Object[] {rs.getString(2).trim(), rs.getBigDecimal(3)});
                }
            }
        }
        return entries;
    }
}
