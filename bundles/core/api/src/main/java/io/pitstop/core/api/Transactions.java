package io.pitstop.core.api;

import java.util.concurrent.Callable;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in a JTA transaction on the shared data source: joins the
 * caller's transaction if there is one, else starts one and commits it (or
 * rolls it back on any exception, which is rethrown as it was).
 */
@ProviderType
public interface Transactions {
    <T> T required(Callable<T> work);

    /** Whether the calling thread runs inside a transaction, which a {@link #required} call would join. */
    boolean active();

    /** Runs work in a new transaction, suspending the caller's for its duration. */
    <T> T requiresNew(Callable<T> work);
}
