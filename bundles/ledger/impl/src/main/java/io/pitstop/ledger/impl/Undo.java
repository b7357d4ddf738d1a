package io.pitstop.ledger.impl;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a write has changed so far, to put back when it is refused half way.
 * A refused write throws, and a transaction of our own then rolls back
 * anyway; the undo is for a caller that runs us inside its own transaction,
 * catches the refusal and commits: it must not commit half a posting.
 */
final class Undo {
    /** One compensating statement. */
    interface Action {
        void run(Connection c) throws SQLException;
    }

    private final Deque<Action> actions = new ArrayDeque<>();

    void add(Action action) {
        actions.push(action);
    }

    /** Runs the actions newest first, once; failures are attached to {@code cause}. */
    void run(Connection c, Throwable cause) {
        while (!actions.isEmpty()) {
            try {
                actions.pop().run(c);
            } catch (SQLException | RuntimeException e) {
                // on PostgreSQL a failed statement has doomed the transaction already: nothing can commit
                if (cause != null) {
                    cause.addSuppressed(e);
                }
            }
        }
    }

    /**
     * Runs the actions as {@link #run} does, then throws if any of them failed: the transaction then
     * holds part of what was to be undone and must not commit (on Derby a failed statement leaves it
     * open). {@code what} says what could not be undone.
     */
    void runOrThrow(Connection c, String what) throws SQLException {
        SQLException failed = new SQLException("Ledger could not undo " + what);
        run(c, failed);
        if (failed.getSuppressed().length > 0) {
            throw failed;
        }
    }

    /** Takes over another undo's actions, to run before this one's own and in their order. */
    void adopt(Undo other) {
        for (var it = other.actions.descendingIterator(); it.hasNext(); ) {
            actions.push(it.next());
        }
        other.actions.clear();
    }

    void clear() {
        actions.clear();
    }
}
