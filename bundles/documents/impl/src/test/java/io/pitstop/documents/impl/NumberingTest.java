package io.pitstop.documents.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.documents.api.NumberingSeries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

/**
 * Numbers on a real database (in-memory Derby) with the production migration: 8 threads take numbers of one
 * series, each transaction committing or rolling back at random; the committed numbers are exactly 1..n.
 */
public class NumberingTest {
    private EmbeddedDataSource db;
    private final UUID issuer = UUID.randomUUID();

    @Before
    public void schema() throws Exception {
        db = new EmbeddedDataSource();
        db.setDatabaseName("memory:numbering" + UUID.randomUUID());
        db.setCreateDatabase("create");
        String sql;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("db/documents/V001__documents.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    /** The first use of a series creates its row in a connection of its own, as the service does in a new transaction. */
    private void create(UUID who, String prefix, int period) {
        try (Connection c = db.getConnection()) {
            Numbering.createRow(c, who, prefix, period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long take(NumberingSeries series, LocalDate date, boolean commit) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            long n = Numbering.next(c, issuer, series, date, this::create);
            if (commit) {
                c.commit();
            } else {
                c.rollback();
            }
            return n;
        }
    }

    @Test
    public void eightThreadsWithRollbacksLeaveNoGap() throws Exception {
        NumberingSeries series = new NumberingSeries("СЧ", NumberingSeries.Reset.YEARLY);
        LocalDate date = LocalDate.of(2026, 3, 1);
        List<Long> committed = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    boolean commit = ThreadLocalRandom.current().nextInt(3) != 0;
                    long n = take(series, date, commit);
                    if (commit) {
                        committed.add(n);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(committed);
        Collections.sort(sorted);
        assertTrue("some transactions must have committed", sorted.size() > 0);
        for (int i = 0; i < sorted.size(); i++) {
            assertEquals("numbers " + sorted, i + 1L, (long) sorted.get(i));
        }
        // the next one follows the last committed, whatever was rolled back after it
        assertEquals(sorted.size() + 1L, take(series, date, true));
    }

    @Test
    public void aYearlySeriesStartsAgainEachYearAndARunningOneDoesNot() throws Exception {
        NumberingSeries yearly = new NumberingSeries("СЧ", NumberingSeries.Reset.YEARLY);
        NumberingSeries running = new NumberingSeries("А", NumberingSeries.Reset.RUNNING);
        assertEquals(1, take(yearly, LocalDate.of(2025, 12, 31), true));
        assertEquals(2, take(yearly, LocalDate.of(2025, 12, 31), true));
        assertEquals(1, take(yearly, LocalDate.of(2026, 1, 1), true));
        assertEquals(1, take(running, LocalDate.of(2025, 12, 31), true));
        assertEquals(2, take(running, LocalDate.of(2026, 1, 1), true));
        assertEquals("СЧ-2026-1", Numbering.format(yearly, LocalDate.of(2026, 1, 1), 1));
        assertEquals("А-2", Numbering.format(running, LocalDate.of(2026, 1, 1), 2));
    }

    @Test
    public void aBadPrefixIsRefused() {
        try {
            Numbering.check(new NumberingSeries("-x", NumberingSeries.Reset.RUNNING), "series");
            throw new AssertionError("refusal expected");
        } catch (io.pitstop.core.api.ValidationException e) {
            assertEquals("series.prefix", e.fieldErrors().get(0).field());
        }
    }
}
