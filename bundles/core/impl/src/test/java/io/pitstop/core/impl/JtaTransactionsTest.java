package io.pitstop.core.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.OutcomeUnknownException;
import io.pitstop.core.api.PitstopException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import javax.transaction.HeuristicMixedException;
import javax.transaction.HeuristicRollbackException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.TransactionManager;
import org.junit.Test;

/**
 * What a caller learns when the commit itself fails: a commit the database refused is a failure
 * with nothing stored, one whose answer never came (the connection broke with the commit on its
 * way, as when PostgreSQL restarts) is an unknown outcome, never "nothing was changed".
 */
public class JtaTransactionsTest {
    /** The calls the transaction manager saw, in order. */
    private final List<String> calls = new ArrayList<>();

    /** A transaction manager whose commit throws {@code failure} (or succeeds when null). */
    private TransactionManager failingCommit(Exception failure) {
        int[] status = {Status.STATUS_NO_TRANSACTION};
        return (TransactionManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TransactionManager.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    switch (method.getName()) {
                        case "begin":
                            status[0] = Status.STATUS_ACTIVE;
                            return null;
                        case "getStatus":
                            return status[0];
                        case "commit":
                            status[0] = Status.STATUS_NO_TRANSACTION;
                            if (failure != null) {
                                throw failure;
                            }
                            return null;
                        case "rollback":
                            status[0] = Status.STATUS_NO_TRANSACTION;
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    private RuntimeException commitFailingWith(Exception failure) {
        JtaTransactions transactions = new JtaTransactions(failingCommit(failure));
        return assertThrows(RuntimeException.class, () -> transactions.required(() -> "posted"));
    }

    @Test
    public void aCommitWithoutAnAnswerIsAnUnknownOutcome() {
        SystemException broken = new SystemException("Error during one phase commit");
        broken.initCause(new Exception("An I/O error occurred while sending to the backend (EOF)"));
        RuntimeException e = commitFailingWith(broken);
        assertTrue(e.toString(), e instanceof OutcomeUnknownException);
        assertEquals(503, ((PitstopException) e).status());
        assertEquals("outcome-unknown", ((PitstopException) e).type());
        assertTrue(e.getMessage(), e.getMessage().contains("may or may not be stored"));
        assertTrue(e.getMessage(), e.getMessage().contains("same Idempotency-Key is safe"));
        assertSame("the cause stays for the log", broken, e.getCause());
        assertFalse("a commit sent is never followed by a rollback", calls.contains("rollback"));
    }

    @Test
    public void aMixedOrUnexpectedCommitFailureIsAnUnknownOutcomeToo() {
        assertTrue(commitFailingWith(new HeuristicMixedException("part committed")) instanceof OutcomeUnknownException);
        assertTrue(commitFailingWith(new IllegalStateException("resource broke")) instanceof OutcomeUnknownException);
    }

    @Test
    public void aCommitTheDatabaseRefusedStaysAFailureWithNothingStored() {
        RollbackException refused = new RollbackException("Error during one-phase commit");
        RuntimeException e = commitFailingWith(refused);
        assertFalse(e.toString(), e instanceof OutcomeUnknownException);
        assertSame(refused, e.getCause());
        assertFalse(commitFailingWith(new HeuristicRollbackException("rolled back")) instanceof OutcomeUnknownException);
    }

    @Test
    public void aFailedWorkRollsBackAndNeverReachesTheCommit() {
        JtaTransactions transactions = new JtaTransactions(failingCommit(new SystemException("never sent")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> transactions.required(() -> {
            throw new IllegalArgumentException("refused");
        }));
        assertEquals("refused", e.getMessage());
        assertEquals(List.of("getStatus", "begin", "rollback"), calls);
    }

    @Test
    public void aConfirmedCommitReturnsTheResult() {
        assertEquals("posted", new JtaTransactions(failingCommit(null)).required(() -> "posted"));
    }
}
