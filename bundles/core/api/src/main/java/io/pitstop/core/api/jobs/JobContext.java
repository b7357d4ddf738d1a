package io.pitstop.core.api.jobs;

import java.util.Map;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** A running job's line to the server: its parameters, where it stood, and its progress as it goes. */
@ProviderType
public interface JobContext {
    UUID runId();

    Map<String, String> parameters();

    /** The checkpoint the run saved last (with {@link #progress(long, String)}), or null on a fresh run. */
    String checkpoint();

    /** The units done so far, as saved with the checkpoint (0 on a fresh run). */
    long done();

    /** How many units the whole run has, once known. */
    void total(long total);

    /** Units done so far; written to the database, so the UI and REST see it. */
    void progress(long done);

    /**
     * Units done so far and where to continue after a crash; both are written together, so a resumed run starts
     * exactly after the work its {@code done} counts.
     */
    void progress(long done, String checkpoint);

    /** Whether someone asked to cancel: the run should stop at the next safe point and return. */
    boolean cancelled();

    /** A short text kept with the run when it finishes (what it did: "12 000 records indexed"). */
    void result(String result);
}
