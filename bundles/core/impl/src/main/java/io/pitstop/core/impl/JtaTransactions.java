package io.pitstop.core.impl;

import io.pitstop.core.api.Transactions;
import java.util.concurrent.Callable;
import javax.transaction.Status;
import javax.transaction.SystemException;
import javax.transaction.Transaction;
import javax.transaction.TransactionManager;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Transaction demarcation over the container's JTA transaction manager. */
@Component(service = Transactions.class)
public class JtaTransactions implements Transactions {
    @Reference
    private TransactionManager tm;

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
            tm.commit();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Commit failed: " + e.getMessage(), e);
        }
        return result;
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
