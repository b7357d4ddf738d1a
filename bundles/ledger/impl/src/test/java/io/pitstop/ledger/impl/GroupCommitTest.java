package io.pitstop.ledger.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.OutcomeUnknownException;
import io.pitstop.core.api.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Before;
import org.junit.Test;

/**
 * Group commit on real databases: callers whose work touches a book that
 * another caller is writing wait in its lane and then share one
 * transaction; a refusal leaves its group with its writes undone; an SQL
 * error sends the group's members off alone.
 */
public class GroupCommitTest extends TestDatabases.OnBoth {
    private GroupCommit group;
    private String book;
    /** Which thread ran each key's work, and on which connection. */
    private final Map<String, Thread> ranOn = new ConcurrentHashMap<>();
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    /** Whether each caller's thread was interrupted when its write returned. */
    private final Map<String, Boolean> interruptedAfter = new ConcurrentHashMap<>();

    @Before
    public void scratch() throws SQLException {
        book = f.book("0.00").toString();
        try (Connection c = f.transactions.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE group_scratch (k VARCHAR(40) NOT NULL PRIMARY KEY)");
            // these works are not postings: the group runs them one by one
            group = new GroupCommit(f.transactions, f.transactions.dataSource(), Dialect.of(c)::lockAll, (cc, works) -> null);
        }
    }

    @Test
    public void writersOfOneBookQueueAndShareATransaction() throws Exception {
        oneGroup(List.of("b", "c", "d", "e"));
        assertEquals("a lane frees its books when its postings are done", 0, group.claimedBooks());
    }

    @Test
    public void anInterruptOfTheThreadRunningTheGroupStaysWithItsOwnCaller() throws Exception {
        oneGroup(List.of("b", "interrupter", "d", "e"));
        Thread leader = ranOn.get("b");
        for (String key : List.of("b", "interrupter", "d", "e")) {
            boolean led = leader.getName().equals("caller-" + key);
            assertEquals(key + (led ? " led the group, so its caller keeps the interrupt" : " was only run by the leader"),
                    led, interruptedAfter.get(key));
        }
    }

    @Test
    public void anErrorInAGroupFailsItsPostingsAndFreesTheLane() throws Exception {
        List<FutureTask<String>> waiting = queueBehindBlockedLeader(List.of("b", "error", "d"), Set.of());
        int errors = 0;
        for (FutureTask<String> w : waiting) {
            try {
                w.get(30, TimeUnit.SECONDS);
                fail("a posting of the broken group went through");
            } catch (ExecutionException e) {
                errors += e.getCause() instanceof AssertionError ? 1 : 0;
                assertTrue(e.getCause().toString(), e.getCause() instanceof AssertionError
                        || e.getCause().getMessage().startsWith("Ledger stopped while posting"));
            }
        }
        assertEquals("the leader's caller gets the error itself", 1, errors);
        assertEquals(Set.of("a"), rows());
        assertEquals(0, group.claimedBooks());
        // the lane is free: the next writer of the book runs at once
        assertEquals("after", group.write(work("after", null, Set.of()), List.of(book)));
        assertEquals(Set.of("a", "after"), rows());
    }

    @Test
    public void aPipelineAnswersEachCallerWithItsOwnResult() throws Exception {
        try (Connection c = f.transactions.dataSource().getConnection()) {
            // a pipeline that runs the whole group itself, as the ledger's sends a group's postings at once
            group = new GroupCommit(f.transactions, f.transactions.dataSource(), Dialect.of(c)::lockAll, (cc, works) -> {
                List<Object> results = new ArrayList<>();
                for (LedgerImpl.Work<?> work : works) {
                    results.add(work.run(cc, new Undo()));
                }
                return results;
            });
        }
        assertEquals(List.of("b", "c", "d", "e"), oneGroup(List.of("b", "c", "d", "e")));
    }

    @Test
    public void aRefusalLeavesItsGroupWithItsWritesUndone() throws Exception {
        List<FutureTask<String>> waiting = queueBehindBlockedLeader(List.of("b", "c", "d"), Set.of("c"));
        assertEquals("b", waiting.get(0).get(30, TimeUnit.SECONDS));
        try {
            waiting.get(1).get(30, TimeUnit.SECONDS);
            fail("the refused work must fail");
        } catch (ExecutionException e) {
            assertTrue(e.getCause().toString(), e.getCause() instanceof BusinessRuleException);
        }
        assertEquals("d", waiting.get(2).get(30, TimeUnit.SECONDS));
        assertEquals(Set.of("a", "b", "d"), rows());
        assertOneGroup(List.of("b", "c", "d"));
    }

    @Test
    public void anSqlErrorFailsAloneAndTheOthersCommit() throws Exception {
        List<FutureTask<String>> waiting = queueBehindBlockedLeader(List.of("b", "broken", "d"), Set.of());
        assertEquals("b", waiting.get(0).get(30, TimeUnit.SECONDS));
        try {
            waiting.get(1).get(30, TimeUnit.SECONDS);
            fail("the broken work must fail");
        } catch (ExecutionException e) {
            assertTrue(e.getCause().getMessage(), e.getCause().getMessage().startsWith("Ledger cannot complete the request"));
        }
        assertEquals("d", waiting.get(2).get(30, TimeUnit.SECONDS));
        assertEquals(Set.of("a", "b", "d"), rows());
    }

    @Test
    public void aGroupWhoseCommitIsUnconfirmedTellsEveryCallerSoAndRunsNothingAgain() throws Exception {
        // the database stores the group, then the connection breaks before its answer comes back
        AtomicInteger transactions = new AtomicInteger();
        Transactions unconfirmed = new Transactions() {
            @Override
            public <T> T required(Callable<T> work) {
                if (active()) {
                    return f.transactions.required(work);
                }
                T result = f.transactions.required(work);
                if (transactions.incrementAndGet() == 2) {
                    throw new OutcomeUnknownException("The database did not confirm the commit",
                            new SQLException("An I/O error occurred while sending to the backend", "08006"));
                }
                return result;
            }

            @Override
            public boolean active() {
                return f.transactions.active();
            }

            @Override
            public <T> T requiresNew(Callable<T> work) {
                return f.transactions.requiresNew(work);
            }
        };
        try (Connection c = f.transactions.dataSource().getConnection()) {
            group = new GroupCommit(unconfirmed, f.transactions.dataSource(), Dialect.of(c)::lockAll, (cc, works) -> null);
        }
        List<FutureTask<String>> waiting = queueBehindBlockedLeader(List.of("b", "c", "d"), Set.of());
        for (FutureTask<String> w : waiting) {
            try {
                w.get(30, TimeUnit.SECONDS);
                fail("a posting of the unconfirmed group was answered as done");
            } catch (ExecutionException e) {
                assertTrue(e.getCause().toString(), e.getCause() instanceof OutcomeUnknownException);
            }
        }
        assertEquals("all of them are stored", Set.of("a", "b", "c", "d"), rows());
        assertEquals("the leader's transaction and the group's, nothing run again", 2, transactions.get());
        assertOneGroup(List.of("b", "c", "d"));
        assertEquals(0, group.claimedBooks());
    }

    @Test
    public void insideTheCallersTransactionTheWorkIsPartOfIt() throws Exception {
        try {
            f.transactions.required(() -> {
                group.write(work("inside", null, Set.of()), List.of(book));
                assertEquals(Thread.currentThread(), ranOn.get("inside"));
                throw new IllegalStateException("the caller changes its mind");
            });
            fail("the caller's failure must come through");
        } catch (IllegalStateException e) {
            assertEquals("the caller changes its mind", e.getMessage());
        }
        assertEquals(Set.of(), rows());
    }

    /**
     * Queues callers behind a blocked leader and waits for them; checks that they all went through
     * in one group. Returns their results in the order of {@code keys}.
     */
    private List<String> oneGroup(List<String> keys) throws Exception {
        List<String> results = new ArrayList<>();
        for (FutureTask<String> w : queueBehindBlockedLeader(keys, Set.of())) {
            results.add(w.get(30, TimeUnit.SECONDS));
        }
        Set<String> landed = new TreeSet<>(keys);
        landed.add("a");
        assertEquals(landed, rows());
        assertOneGroup(keys);
        return results;
    }

    /**
     * Starts a caller whose work ("a") holds the lane of {@link #book} until the others have queued
     * behind it, then lets it finish. Returns the others' results in the order of {@code keys}.
     */
    private List<FutureTask<String>> queueBehindBlockedLeader(List<String> keys, Set<String> refused) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FutureTask<String> leader = start(work("a", release, refused));
        waitUntil(() -> ranOn.containsKey("a"));
        List<Thread> threads = new ArrayList<>();
        List<FutureTask<String>> waiting = new ArrayList<>();
        for (String key : keys) {
            FutureTask<String> task = new FutureTask<>(() -> {
                String result = group.write(work(key, null, refused), List.of(book));
                interruptedAfter.put(key, Thread.currentThread().isInterrupted());
                return result;
            });
            Thread t = new Thread(task, "caller-" + key);
            t.start();
            threads.add(t);
            waiting.add(task);
        }
        // every caller parked in the lane: the leader's lane is busy, so none can run yet
        waitUntil(() -> threads.stream().allMatch(t -> t.getState() == Thread.State.TIMED_WAITING));
        assertEquals(Set.of("a"), ranOn.keySet());
        release.countDown();
        assertEquals("a", leader.get(30, TimeUnit.SECONDS));
        return waiting;
    }

    private FutureTask<String> start(LedgerImpl.Work<String> work) {
        FutureTask<String> task = new FutureTask<>(() -> group.write(work, List.of(book)));
        new Thread(task, "leader").start();
        return task;
    }

    /** Inserts its key, then waits for {@code release} if given; refuses (after undoing) when its key is in {@code refused}. */
    private LedgerImpl.Work<String> work(String key, CountDownLatch release, Set<String> refused) {
        return (c, undo) -> {
            ranOn.put(key, Thread.currentThread());
            connections.put(key, c.unwrap(Connection.class));
            if (key.equals("broken")) {
                c.createStatement().execute("INSERT INTO no_such_table VALUES (1)");
            }
            if (key.equals("error")) {
                throw new AssertionError("the work broke down");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO group_scratch (k) VALUES (?)")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            undo.add(cc -> {
                try (PreparedStatement ps = cc.prepareStatement("DELETE FROM group_scratch WHERE k = ?")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
            });
            if (release != null) {
                awaitRelease(release);
            }
            if (key.equals("interrupter")) {
                // as if the thread running the group were interrupted by its own caller's owner
                Thread.currentThread().interrupt();
            }
            if (refused.contains(key)) {
                throw new BusinessRuleException("refused", "refused for the test");
            }
            return key;
        };
    }

    /** The keys ran on one thread, in one transaction's connection, and not all on their own callers' threads. */
    private void assertOneGroup(List<String> keys) {
        Thread leader = ranOn.get(keys.get(0));
        Connection connection = connections.get(keys.get(0));
        for (String key : keys) {
            assertEquals(key + " ran in another group", leader, ranOn.get(key));
            assertTrue(key + " ran on another connection", connection == connections.get(key));
        }
        // one of them led the group, the others' work ran on its thread
        assertTrue(keys.stream().filter(k -> ranOn.get(k).getName().equals("caller-" + k)).count() <= 1);
        assertTrue("the group ran in the first caller's transaction", connections.get("a") != connection);
    }

    private Set<String> rows() throws SQLException {
        Set<String> keys = new TreeSet<>();
        try (Connection c = f.transactions.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT k FROM group_scratch")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting");
            }
            Thread.sleep(5);
        }
    }
}
