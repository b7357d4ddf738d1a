package io.pitstop.ledger.impl;

import io.pitstop.core.api.OutcomeUnknownException;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for postings that wait for each other: postings made outside
 * any transaction of the caller (REST, Camel routes, the staff UI) that
 * touch a book another such posting is writing share one database
 * transaction and one commit.
 * <p>
 * Why: a posting holds its books' row locks until its commit, so postings
 * that all touch one book (the bank book behind every top-up, a merchant's
 * account) follow each other at the pace of a whole posting and its commit,
 * each waiter sleeping on the row lock and waking when it is free. Queued in
 * this JVM instead, they run one after the other in one transaction, at the
 * pace of their statements, and pay the commit once per group. Postings over
 * books nobody else is writing run at once and in parallel, as before.
 * <p>
 * How: a posting joins the lane of the first of its books that a lane is
 * writing (or opens a lane and claims its free books). Whoever leads a lane
 * drains its queue: one posting runs alone; two or more run in one
 * transaction that first locks every book of the group in
 * {@link Journal#LOCK_ORDER}, the order every posting and every group uses,
 * so lanes (and postings in callers' transactions) cannot deadlock each other,
 * and then sends the postings together (the {@link Pipeline}: on PostgreSQL
 * one round trip for the lot) or, when that cannot be, one by one.
 * A posting refused on the way (a {@link PitstopException}: over the limit, a
 * closed book, a reused key) has undone what it wrote, as for any caller that
 * goes on after a refusal, and the group goes on without it. Anything else
 * (an SQL error dooms a PostgreSQL transaction) rolls the group back, and its
 * postings run again each in a transaction of its own, so one bad posting
 * fails alone. A commit whose outcome is unknown (the connection broke with
 * the commit on its way) is not run again: every posting of the group fails
 * with that {@link OutcomeUnknownException}, logged once. A caller returns once its own posting is committed, as before.
 * A lane claims a book while a queued or running posting of its own writes
 * it, and frees it after.
 * <p>
 * Left as it is: the group takes its book locks before it inserts its
 * postings' idempotency keys, a single posting the other way round. Two
 * requests in flight at once with the same key and different bodies, in
 * different lanes and crossing books, can therefore meet in a deadlock, which
 * the database breaks (PostgreSQL after a second): the group then runs its
 * postings one by one; a single posting chosen fails with the database's
 * deadlock error (REST answers 503 "busy"; sent again it gets its 409)
 * instead of the 409 it would have had.
 */
final class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Most postings one transaction takes: bounds the wait of the last of a group. */
    static final int MAX_GROUP = 64;
    /** A waiting caller looks again this often even unwoken, so no lost wake-up can strand it. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** Takes the row locks of books in the order given. */
    interface BookLocks {
        void lock(Connection c, List<String> books) throws SQLException;
    }

    /** Runs a group's works in fewer round trips than one each, when it can. */
    interface Pipeline {
        /**
         * The works' results in order, all of them written; or null, having left nothing written, when
         * it cannot run these works together: they then run one by one.
         */
        List<?> runAll(Connection c, List<LedgerImpl.Work<?>> works) throws SQLException;
    }

    private final Transactions transactions;
    private final DataSource dataSource;
    private final BookLocks locks;
    private final Pipeline pipeline;
    /** The lane writing each book; guarded by this object's monitor, as are the lanes' fields. */
    private final Map<String, Lane> lanes = new HashMap<>();

    GroupCommit(Transactions transactions, DataSource dataSource, BookLocks locks, Pipeline pipeline) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.locks = locks;
        this.pipeline = pipeline;
    }

    /**
     * Runs work and returns its result, or throws its failure: inside the caller's transaction
     * when there is one, else alone or in a group (see the class comment). {@code books} are the
     * books the work writes.
     */
    <T> T write(LedgerImpl.Work<T> work, Collection<String> books) {
        if (transactions.active()) {
            return alone(work);
        }
        Pending<T> mine = new Pending<>(work, books, Thread.currentThread());
        Lane lane = join(mine);
        boolean interrupted = false;
        while (!mine.done) {
            List<Pending<?>> group = lead(lane, mine);
            if (group == null) {
                LockSupport.parkNanos(this, RECHECK_NANOS);
                // once queued the posting goes through; the interrupt is kept for the caller
                interrupted |= Thread.interrupted();
                continue;
            }
            try {
                interrupted |= run(group);
            } catch (Error e) {
                group.forEach(p -> p.abandon(e));
                // the caller leaves with the error: its posting, if still queued, must not run later
                if (withdraw(lane, mine)) {
                    mine.abandon(e);
                }
                throw e;
            } finally {
                Pending<?> next = handOver(lane, group);
                if (next != null) {
                    LockSupport.unpark(next.caller);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return mine.outcome();
    }

    /** Runs work in a transaction: the caller's if there is one, else one of its own. */
    <T> T alone(LedgerImpl.Work<T> work) {
        return transactions.required(() -> {
            Undo undo = new Undo();
            try (Connection c = dataSource.getConnection()) {
                try {
                    return work.run(c, undo);
                } catch (RuntimeException e) {
                    undo.run(c, e);
                    throw e;
                } catch (SQLException e) {
                    undo.run(c, e);
                    throw Db.failure("complete the request", e);
                }
            } catch (SQLException e) {
                throw Db.failure("use its database connection", e);
            }
        });
    }

    private synchronized Lane join(Pending<?> posting) {
        Lane lane = null;
        for (String book : posting.books) {
            lane = lanes.get(book);
            if (lane != null) {
                break;
            }
        }
        if (lane == null) {
            lane = new Lane();
        }
        for (String book : posting.books) {
            Lane owner = lanes.putIfAbsent(book, lane);
            if (owner == null || owner == lane) {
                lane.writers.merge(book, 1, Integer::sum);
                posting.claimed.add(book);
            }
        }
        lane.queue.add(posting);
        return lane;
    }

    /** The group to run when nobody leads the lane and the posting still waits; else null. */
    private synchronized List<Pending<?>> lead(Lane lane, Pending<?> mine) {
        if (lane.leading || mine.done || lane.queue.isEmpty()) {
            return null;
        }
        List<Pending<?>> group = new ArrayList<>();
        while (group.size() < MAX_GROUP && !lane.queue.isEmpty()) {
            group.add(lane.queue.poll());
        }
        lane.leading = true;
        return group;
    }

    /**
     * Ends a lane's group: the group's postings no longer write the lane's books, and a book no
     * waiting posting writes is free for other lanes again (so a busy lane does not gather every
     * book it ever saw). Returns the next waiter to lead, or none.
     */
    private synchronized Pending<?> handOver(Lane lane, List<Pending<?>> group) {
        lane.leading = false;
        release(lane, group);
        return lane.queue.peek();
    }

    private synchronized void release(Lane lane, List<Pending<?>> postings) {
        for (Pending<?> p : postings) {
            for (String book : p.claimed) {
                if (lane.writers.merge(book, -1, Integer::sum) == 0) {
                    lane.writers.remove(book);
                    lanes.remove(book, lane);
                }
            }
            p.claimed.clear();
        }
    }

    /** Takes a posting out of its lane's queue; false when it was not there (it ran or is running). */
    private synchronized boolean withdraw(Lane lane, Pending<?> posting) {
        if (!lane.queue.remove(posting)) {
            return false;
        }
        release(lane, List.of(posting));
        return true;
    }

    /** Books some lane is writing; for tests. */
    synchronized int claimedBooks() {
        return lanes.size();
    }

    /**
     * Runs a group. The thread runs other callers' postings, so an interrupt of its own caller must
     * not fail them: the flag is taken off before each posting and returned, for the caller.
     */
    private boolean run(List<Pending<?>> group) {
        boolean[] interrupted = {Thread.interrupted()};
        if (group.size() == 1) {
            // a posting alone locks its books in order itself: no locking round trip of the group's
            group.get(0).runAlone(this);
        } else if (!runTogether(group, interrupted)) {
            // nothing of the group stayed: each posting again, in a transaction of its own
            for (Pending<?> p : group) {
                interrupted[0] |= Thread.interrupted();
                p.runAlone(this);
            }
        }
        return interrupted[0] | Thread.interrupted();
    }

    /** Runs the group in one transaction and completes its postings; false, nothing kept, when that transaction failed. */
    private boolean runTogether(List<Pending<?>> group, boolean[] interrupted) {
        try {
            transactions.required(() -> {
                try (Connection c = dataSource.getConnection()) {
                    TreeSet<String> books = new TreeSet<>(Journal.LOCK_ORDER);
                    group.forEach(p -> books.addAll(p.books));
                    locks.lock(c, new ArrayList<>(books));
                    List<?> results = pipeline.runAll(c, group.stream().<LedgerImpl.Work<?>>map(p -> p.work).toList());
                    for (int i = 0; i < group.size(); i++) {
                        if (results == null) {
                            interrupted[0] |= Thread.interrupted();
                            group.get(i).runIn(c);
                        } else {
                            group.get(i).succeed(results.get(i));
                        }
                    }
                }
                return null;
            });
        } catch (OutcomeUnknownException e) {
            // The commit was sent and its answer never came: the whole group may be stored. Run again,
            // a stored posting would meet its own key, and with the database gone every run would fail
            // with an error that reads as if nothing happened; each caller hears the truth instead.
            LOG.warn("Ledger group commit of {} postings: the database did not confirm the commit, so they may "
                    + "or may not be stored; each caller is told so", group.size(), e);
            group.forEach(p -> p.unknown(e));
            return true;
        } catch (RuntimeException e) {
            // rolled back for sure (an SQL error, a lock the database broke): nothing stayed, each posting runs alone
            LOG.info("Ledger group of {} postings rolled back ({}); running them one at a time", group.size(), e.toString());
            return false;
        }
        group.forEach(Pending::complete);
        return true;
    }

    /** Postings queued behind each other because they write the same books. */
    private static final class Lane {
        final ArrayDeque<Pending<?>> queue = new ArrayDeque<>();
        /** The books this lane claims, each with how many of its queued or running postings write it. */
        final Map<String, Integer> writers = new HashMap<>();
        boolean leading;
    }

    /** A posting waiting for its group's commit. */
    private static final class Pending<T> {
        final LedgerImpl.Work<T> work;
        final Set<String> books;
        final Thread caller;
        /** The books this posting counts as a writer of in its lane; guarded by the GroupCommit's monitor. */
        final List<String> claimed = new ArrayList<>();
        private T result;
        private RuntimeException failure;
        volatile boolean done;

        Pending(LedgerImpl.Work<T> work, Collection<String> books, Thread caller) {
            this.work = work;
            this.books = new LinkedHashSet<>(books);
            this.caller = caller;
        }

        /** Runs in the group's transaction; a refusal that undid its writes is kept, anything else ends the group. */
        void runIn(Connection c) throws SQLException {
            Undo undo = new Undo();
            result = null;
            failure = null;
            try {
                result = work.run(c, undo);
            } catch (PitstopException e) {
                undo.runOrThrow(c, "a refused posting"); // failed, it ends the group: its transaction cannot commit
                failure = e;
            }
        }

        @SuppressWarnings("unchecked") // the pipeline answers each work with that work's result
        void succeed(Object value) {
            result = (T) value;
            failure = null;
        }

        void runAlone(GroupCommit group) {
            result = null;
            failure = null;
            try {
                result = group.alone(work);
            } catch (RuntimeException e) {
                failure = e;
            }
            complete();
        }

        /** Fails the posting with its group's unknown commit outcome, in an exception of its own caller's. */
        void unknown(OutcomeUnknownException groupOutcome) {
            result = null;
            failure = new OutcomeUnknownException(groupOutcome.getMessage(), groupOutcome);
            complete();
        }

        /** Fails the posting if its group broke off before finishing it. */
        void abandon(Error cause) {
            if (!done) {
                failure = new IllegalStateException("Ledger stopped while posting: " + cause, cause);
                complete();
            }
        }

        void complete() {
            done = true;
            if (caller != Thread.currentThread()) {
                LockSupport.unpark(caller);
            }
        }

        T outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
