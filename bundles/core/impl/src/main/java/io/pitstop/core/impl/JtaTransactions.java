package io.pitstop.core.impl;

import io.pitstop.core.api.OutcomeUnknownException;
import io.pitstop.core.api.Transactions;
import java.util.concurrent.Callable;
import javax.transaction.HeuristicMixedException;
import javax.transaction.HeuristicRollbackException;
import javax.transaction.RollbackException;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Transaction demarcation over the container's JTA transaction manager. */
@Component(service = Transactions.class)
public class JtaTransactions implements Transactions {
    /** Said to the caller (and logged by whoever answers it) when a commit's outcome is unknown. */
    static final String OUTCOME_UNKNOWN = "The database did not confirm the commit, so the change may or may not be stored; "
            + "repeating the request with the same Idempotency-Key is safe";

    @Reference
    private TransactionManager tm;

    public JtaTransactions() {
    }

    /** For tests: a given transaction manager. */
    JtaTransactions(TransactionManager tm) {
        this.tm = tm;
    }

    @Override
    public <T> T required(Callable<T> work) {
        try {
            if (tm.getStatus() == Status.STATUS_ACTIVE) {
                return call(work);
            }
        } catch (SystemException e) {
            throw new IllegalStateException("Transaction manager failed: " + e.getMessage(), e);
        }
        return inNew(work);
    }

    @Override
    public boolean active() {
        try {
            return tm.getStatus() != Status.STATUS_NO_TRANSACTION;
        } catch (SystemException e) {
            throw new IllegalStateException("Transaction manager failed: " + e.getMessage(), e);
        }
    }

    @Override
    public <T> T requiresNew(Callable<T> work) {
        Transaction suspended = null;
        try {
            if (tm.getStatus() != Status.STATUS_NO_TRANSACTION) {
                suspended = tm.suspend();
            }
            return inNew(work);
        } catch (SystemException e) {
            throw new IllegalStateException("Transaction manager failed: " + e.getMessage(), e);
        } finally {
            if (suspended != null) {
                try {
                    tm.resume(suspended);
                } catch (Exception e) {
                    throw new IllegalStateException("Cannot resume the caller's transaction: " + e.getMessage(), e);
                }
            }
        }
    }

    private <T> T inNew(Callable<T> work) {
        try {
            tm.begin();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot begin a transaction: " + e.getMessage(), e);
        }
        T result;
        try {
            result = work.call();
        } catch (Throwable t) {
            rollbackQuietly(t);
            throw rethrow(t);
        }
        try {
            if (tm.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                tm.rollback();
                throw new IllegalStateException("Transaction was marked for rollback");
            }
        } catch (SystemException e) {
            rollbackQuietly(e);
            throw new IllegalStateException("Transaction manager failed: " + e.getMessage(), e);
        }
        commit();
        return result;
    }

    /**
     * Commits, telling a commit the database refused (nothing stored: RollbackException,
     * HeuristicRollbackException, which keep their old form so callers still find a contention
     * rollback among the causes) from one whose outcome nobody knows: the commit was on its way when
     * the connection broke (Geronimo answers SystemException, for XAER_RMFAIL) or it was mixed.
     * Those may have stored everything, so they must never be reported as "nothing was changed".
     */
    private void commit() {
        try {
            tm.commit();
        } catch (RollbackException | HeuristicRollbackException e) {
            throw new IllegalStateException("Commit failed: " + e.getMessage(), e);
        } catch (SystemException | HeuristicMixedException | RuntimeException e) {
            throw new OutcomeUnknownException(OUTCOME_UNKNOWN, e);
        }
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            tm.rollback();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException) {
            return (RuntimeException) t;
        }
        if (t instanceof Error) {
            throw (Error) t;
        }
        return new IllegalStateException(t.getMessage(), t);
    }
}
