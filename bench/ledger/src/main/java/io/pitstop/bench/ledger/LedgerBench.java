package io.pitstop.bench.ledger;

import io.pitstop.bench.Report;
import io.pitstop.core.api.Actor;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.ledger.impl.LedgerImpl;
import io.pitstop.ledger.impl.LedgerSealing;
import io.pitstop.ledger.impl.ScriptMigrations;
import io.pitstop.ledger.impl.ThreadBoundTransactions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.dbcp2.BasicDataSource;

/**
 * Transfers per second through the ledger service against a raw JDBC
 * baseline of the same shape (one transaction: the transfer row, its two
 * postings, two balance updates in id order), on a real PostgreSQL. Each
 * case runs the baseline and the ledger one after the other with the same
 * thread count and account choice, after a warm-up, for a fixed time.
 * Prints one JSON document.
 */
public final class LedgerBench {
    private static final Actor ACTOR = new Actor("bench", Set.of(Actor.ACCOUNTANT));
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000.00");
    /** Alternating slices per case. */
    private static final int SLICES = 5;
    /** The sealer's default interval (LedgerSealing.Config). */
    private static final long SEAL_MILLIS = 1000;

    private final int accounts;
    private final int seconds;
    private final int warmup;
    private final DataSource pool;
    private final LedgerImpl ledger;
    private final ThreadBoundTransactions transactions;
    private final List<UUID> books = new ArrayList<>();
    private final List<String> baselineAccounts = new ArrayList<>();
    private final AtomicLong keys = new AtomicLong();

    private LedgerBench(DataSource pool, int accounts, int seconds, int warmup) throws SQLException {
        this.pool = pool;
        this.accounts = accounts;
        this.seconds = seconds;
        this.warmup = warmup;
        transactions = new ThreadBoundTransactions(pool);
        ledger = new LedgerImpl(transactions.dataSource(), transactions, new ScriptMigrations(pool), null, Clock.systemUTC());
        for (int i = 0; i < accounts; i++) {
            UUID book = UUID.randomUUID();
            ledger.openBook(book, "RUB", LIMIT, BookStatus.OPEN, null);
            books.add(book);
        }
        // the hot account is books[0]: by default a random id, else the lowest or highest (locked first or last)
        String hotAt = System.getProperty("bench.hotAt", "");
        if (!hotAt.isEmpty()) {
            books.sort(Comparator.comparing(UUID::toString));
            if (hotAt.equals("last")) {
                Collections.reverse(books);
            }
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_account (id CHAR(36) NOT NULL PRIMARY KEY, balance DECIMAL(19,2) NOT NULL)");
            s.execute("CREATE TABLE bench_transfer (id CHAR(36) NOT NULL PRIMARY KEY, from_account CHAR(36) NOT NULL, "
                    + "to_account CHAR(36) NOT NULL, amount DECIMAL(19,2) NOT NULL, created_at TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE bench_posting (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    + "transfer_id CHAR(36) NOT NULL, account_id CHAR(36) NOT NULL, amount DECIMAL(19,2) NOT NULL)");
            s.execute("CREATE INDEX bench_posting_account ON bench_posting (account_id)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_account (id, balance) VALUES (?, 0)")) {
                for (int i = 0; i < accounts; i++) {
                    String id = UUID.randomUUID().toString();
                    baselineAccounts.add(id);
                    ps.setString(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    /** One transfer of a case. */
    private interface Transfer {
        void run(int from, int to, BigDecimal amount) throws Exception;
    }

    private void ledgerTransfer(int from, int to, BigDecimal amount) {
        ledger.post(ACTOR, new PostingRequest("bench-" + keys.incrementAndGet(), TransactionType.TRANSFER, "bench transfer",
                "bench", List.of(new PostingLine(books.get(from), amount.negate(), "RUB", null),
                        new PostingLine(books.get(to), amount, "RUB", null)), false));
    }

    private void baselineTransfer(int from, int to, BigDecimal amount) throws SQLException {
        String a = baselineAccounts.get(from);
        String b = baselineAccounts.get(to);
        String id = UUID.randomUUID().toString();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_transfer (id, from_account, to_account, amount, "
                        + "created_at) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setString(1, id);
                    ps.setString(2, a);
                    ps.setString(3, b);
                    ps.setBigDecimal(4, amount);
                    ps.setTimestamp(5, Timestamp.from(Instant.now()));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO bench_posting (transfer_id, account_id, amount) "
                        + "VALUES (?, ?, ?)")) {
                    ps.setString(1, id);
                    ps.setString(2, a);
                    ps.setBigDecimal(3, amount.negate());
                    ps.addBatch();
                    ps.setString(1, id);
                    ps.setString(2, b);
                    ps.setBigDecimal(3, amount);
                    ps.addBatch();
                    ps.executeBatch();
                }
                boolean aFirst = a.compareTo(b) < 0;
                try (PreparedStatement ps = c.prepareStatement("UPDATE bench_account SET balance = balance + ? WHERE id = ?")) {
                    ps.setBigDecimal(1, aFirst ? amount.negate() : amount);
                    ps.setString(2, aFirst ? a : b);
                    ps.executeUpdate();
                    ps.setBigDecimal(1, aFirst ? amount : amount.negate());
                    ps.setString(2, aFirst ? b : a);
                    ps.executeUpdate();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** Runs a transfer loop on {@code threads} threads for {@code millis}; returns {transfers, nanoseconds}. */
    private long[] run(Transfer transfer, int threads, boolean hot, long millis, AtomicLong errors) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        CountDownLatch finished = new CountDownLatch(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                try {
                    while (!stop.get()) {
                        int other = hot ? 1 + random.nextInt(accounts - 1) : random.nextInt(accounts);
                        int first = hot ? 0 : random.nextInt(accounts);
                        while (!hot && other == first) {
                            other = random.nextInt(accounts);
                        }
                        boolean out = random.nextBoolean();
                        BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(10000), 2);
                        try {
                            transfer.run(out ? first : other, out ? other : first, amount);
                            done.incrementAndGet();
                        } catch (Exception e) {
                            if (errors.getAndIncrement() < 3) {
                                e.printStackTrace();
                            }
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, "bench-" + t);
            thread.start();
        }
        Thread.sleep(millis);
        stop.set(true);
        finished.await();
        return new long[] {done.get(), System.nanoTime() - start};
    }

    /**
     * Measures the baseline and the ledger for one case. Each gets {@code seconds} in total, run
     * in alternating slices, so that load from elsewhere on the machine falls on both alike.
     */
    private Map<String, Object> measure(int threads, boolean hot) throws InterruptedException {
        Transfer[] sides = {this::baselineTransfer, this::ledgerTransfer};
        String[] names = {"baseline", "ledger"};
        AtomicLong[] errors = {new AtomicLong(), new AtomicLong()};
        long[][] totals = new long[2][2];
        for (int side = 0; side < 2; side++) {
            run(sides[side], threads, hot, warmup * 1000L, new AtomicLong());
        }
        long slice = seconds * 1000L / SLICES;
        for (int round = 0; round < SLICES; round++) {
            for (int side = 0; side < 2; side++) {
                long[] r = run(sides[side], threads, hot, slice, errors[side]);
                totals[side][0] += r[0];
                totals[side][1] += r[1];
            }
        }
        Map<String, Object> pair = new LinkedHashMap<>();
        for (int side = 0; side < 2; side++) {
            double rate = totals[side][0] / (totals[side][1] / 1e9);
            System.err.printf(Locale.ROOT, "%-8s threads=%d %-7s %8.1f transfers/s (errors %d)%n", names[side], threads,
                    hot ? "hot" : "uniform", rate, errors[side].get());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("transfersPerSecond", round(rate));
            r.put("transfers", totals[side][0]);
            r.put("errors", errors[side].get());
            pair.put(names[side], r);
        }
        return pair;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double rate(Map<String, Object> m) {
        return (Double) m.get("transfersPerSecond");
    }

    /** Runs the cases named in {@code selected} ("1-uniform", "8-hot", ...; all when empty). */
    private Map<String, Object> runAll(Set<String> selected) throws Exception {
        Map<String, Object> cases = new LinkedHashMap<>();
        Map<String, Object> ratios = new LinkedHashMap<>();
        for (int threads : new int[] {1, 8}) {
            for (boolean hot : new boolean[] {false, true}) {
                if (selected.isEmpty() || selected.contains(threads + (hot ? "-hot" : "-uniform"))) {
                    String key = threads + "-thread" + (threads == 1 ? "" : "s") + (hot ? "-hot" : "-uniform");
                    cases.put(key, measure(threads, hot));
                }
            }
        }
        for (int threads : new int[] {1, 8}) {
            String t = threads + "-thread" + (threads == 1 ? "" : "s");
            for (String dist : new String[] {"uniform", "hot"}) {
                @SuppressWarnings("unchecked")
                Map<String, Map<String, Object>> pair = (Map<String, Map<String, Object>>) cases.get(t + "-" + dist);
                if (pair != null) {
                    ratios.put("ledgerToBaseline-" + t + "-" + dist, round2(rate(pair.get("ledger")) / rate(pair.get("baseline"))));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> uniform = (Map<String, Map<String, Object>>) cases.get(t + "-uniform");
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> hotPair = (Map<String, Map<String, Object>>) cases.get(t + "-hot");
            if (uniform != null && hotPair != null) {
                ratios.put("ledgerHotToUniform-" + t, round2(rate(hotPair.get("ledger")) / rate(uniform.get("ledger"))));
                ratios.put("baselineHotToUniform-" + t, round2(rate(hotPair.get("baseline")) / rate(uniform.get("baseline"))));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("cases", cases);
        result.put("ratios", ratios);
        return result;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void resetStatements() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** Server time per statement over the measured cases (BENCH_STATEMENTS=true), most total time first. */
    private Map<String, Object> statements() throws SQLException {
        Map<String, Object> result = new LinkedHashMap<>();
        rows(result, false, "SELECT calls, plans, round(mean_exec_time::numeric, 4), round(mean_plan_time::numeric, 4), "
                + "round(total_exec_time::numeric, 1), left(query, 160) FROM pg_stat_statements "
                + "ORDER BY total_exec_time DESC LIMIT 15", "calls", "plans", "meanExecMs", "meanPlanMs", "totalExecMs", "query");
        // a hot row updated in place (HOT) keeps its index entry; otherwise every version adds one
        rows(result, true, "SELECT relname, n_tup_upd, n_tup_hot_upd, pg_relation_size(relid), pg_indexes_size(relid) "
                + "FROM pg_stat_user_tables WHERE relname IN ('ledger_book', 'bench_account')",
                "updates", "hotUpdates", "tableBytes", "indexBytes");
        return result;
    }

    /** Puts a query's rows into {@code result}, keyed by their first column when {@code keyed}, else numbered. */
    private void rows(Map<String, Object> result, boolean keyed, String sql, String... names) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int first = keyed ? 2 : 1;
            while (rs.next()) {
                Map<String, Object> r = new LinkedHashMap<>();
                for (int i = 0; i < names.length; i++) {
                    r.put(names[i], rs.getObject(first + i));
                }
                result.put(keyed ? rs.getString(1) : String.valueOf(result.size() + 1), r);
            }
        }
    }

    private String verify() {
        var v = ledger.verify();
        return v.intact() ? "intact (" + v.transactionsChecked() + " transactions, " + v.entriesChecked() + " entries)"
                : "PROBLEMS: " + v.problems().subList(0, Math.min(5, v.problems().size()));
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(System.getProperty("bench.seconds", "10"));
        int warmup = Integer.parseInt(System.getProperty("bench.warmup", "3"));
        int accounts = Integer.parseInt(System.getProperty("bench.accounts", "1000"));
        int poolSize = Integer.parseInt(System.getProperty("bench.pool", "16"));
        Set<String> selected = Set.of(System.getProperty("bench.cases", "").split("[ ,]+")).stream()
                .filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        boolean statements = Boolean.getBoolean("bench.statements");
        Path dir = Files.createTempDirectory("pitstop-bench-pg");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("data"))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "50");
        if (statements) {
            builder.setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on");
        }
        try (EmbeddedPostgres pg = builder.start()) {
            BasicDataSource pool = new BasicDataSource();
            pool.setUrl(pg.getJdbcUrl("postgres", "postgres"));
            pool.setMaxTotal(poolSize);
            pool.setMaxIdle(poolSize);
            pool.setDefaultAutoCommit(true);
            // no validation round trip per borrow: the pool is local and both sides would pay it alike
            pool.setTestOnBorrow(false);
            try {
                LedgerBench bench = new LedgerBench(pool, accounts, seconds, warmup);
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("benchmark", "pitstop ledger transfers vs raw JDBC");
                doc.put("machine", Report.machine(pool, "synchronous_commit", "fsync"));
                Map<String, Object> setup = new LinkedHashMap<>();
                setup.put("accounts", accounts);
                setup.put("secondsPerCase", seconds);
                setup.put("warmupSecondsPerCase", warmup);
                setup.put("slices", SLICES + " alternating slices per side and case; each side runs secondsPerCase in total");
                setup.put("poolSize", poolSize);
                setup.put("pool", "commons-dbcp2 BasicDataSource over the PostgreSQL JDBC driver");
                setup.put("hot", "every transfer moves money to or from one account; the other side is uniform");
                setup.put("ledger", "LedgerImpl.post with idempotency key, limit check, entries with place and running balance, "
                        + "queued for sealing, called outside any transaction as REST and Camel call it (so postings that "
                        + "wait for the same book share a transaction: group commit); LedgerSealing sealing every "
                        + SEAL_MILLIS + " ms throughout; no domain events (the outbox would add one INSERT per posting, "
                        + "one batch per group)");
                setup.put("baseline", "one transaction: INSERT transfer, batched INSERT of two postings, two UPDATEs of balances "
                        + "in id order, COMMIT");
                doc.put("setup", setup);
                // the sealer runs throughout at its production interval: its work is part of what is measured
                LedgerSealing sealing = new LedgerSealing(bench.transactions.dataSource(), bench.transactions, SEAL_MILLIS);
                try {
                    if (statements) {
                        bench.resetStatements();
                    }
                    doc.putAll(bench.runAll(selected));
                } finally {
                    sealing.stop();
                }
                if (statements) {
                    doc.put("statements", bench.statements());
                }
                doc.put("verify", bench.verify());
                System.out.println(Report.json(doc));
            } finally {
                pool.close();
            }
        }
    }
}
