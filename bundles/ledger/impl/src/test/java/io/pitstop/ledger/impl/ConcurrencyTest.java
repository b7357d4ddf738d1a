package io.pitstop.ledger.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.VerifyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class ConcurrencyTest extends TestDatabases.OnBoth {
    @Test
    public void manyThreadsPostingAmongFewBooksStayExact() throws Exception {
        List<UUID> books = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            books.add(f.book("500.00"));
        }
        // house books take part as they do in production, last in the lock order: no deadlock either
        List<UUID> all = new ArrayList<>(books);
        all.add(LedgerFixture.BANK);
        all.add(LedgerFixture.REVENUE);
        BigDecimal houseBefore = f.balance(LedgerFixture.BANK).add(f.balance(LedgerFixture.REVENUE));
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger entries = new AtomicInteger();
        // sealing runs alongside, as it does in production, and must neither block nor break postings
        LedgerSealing sealing = new LedgerSealing(f.transactions.dataSource(), f.transactions, 5);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int seed = t;
            done.add(pool.submit(() -> {
                Random random = new Random(seed);
                for (int i = 0; i < 1000; i++) {
                    UUID from = all.get(random.nextInt(all.size()));
                    UUID to = all.get(random.nextInt(all.size()));
                    while (to.equals(from)) {
                        to = all.get(random.nextInt(all.size()));
                    }
                    BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(20000), 2);
                    List<PostingLine> lines = new ArrayList<>(List.of(new PostingLine(from, amount.negate(), "RUB", null),
                            new PostingLine(to, amount, "RUB", null)));
                    if (i % 4 == 0 && !from.equals(LedgerFixture.REVENUE) && !to.equals(LedgerFixture.REVENUE)) {
                        // a fee: three books, one of them a house book
                        BigDecimal fee = new BigDecimal("0.50");
                        lines.set(1, new PostingLine(to, amount.subtract(fee), "RUB", null));
                        lines.add(new PostingLine(LedgerFixture.REVENUE, fee, "RUB", "fee"));
                    }
                    try {
                        f.ledger.post(LedgerFixture.ACCOUNTANT, new PostingRequest("t" + seed + "-" + i, "transfer",
                                "concurrency", "doc-1", lines, false));
                        entries.addAndGet(lines.size());
                    } catch (BusinessRuleException e) {
                        refused.incrementAndGet(); // over the limit: a refusal, never a wrong balance
                    }
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();
        sealing.stop();

        BigDecimal total = BigDecimal.ZERO;
        for (UUID book : books) {
            BigDecimal balance = f.balance(book);
            assertTrue(book + " went past its limit: " + balance, balance.compareTo(new BigDecimal("-500")) >= 0);
            total = total.add(balance);
        }
        total = total.add(f.balance(LedgerFixture.BANK)).add(f.balance(LedgerFixture.REVENUE)).subtract(houseBefore);
        assertEquals(0, total.signum());
        long posted = f.ledger.journal(new JournalQuery(null, null, null, null, null), PageRequest.first(1)).total();
        assertEquals(8000, posted + refused.get());
        VerifyResult verify = f.ledger.verify();
        assertTrue(verify.problems().toString(), verify.intact());
        assertEquals(entries.get(), verify.entriesChecked());
        assertTrue("nothing was refused: the limits were never reached", refused.get() > 0);
    }
}
