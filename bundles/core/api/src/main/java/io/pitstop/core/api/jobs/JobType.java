package io.pitstop.core.api.jobs;

import io.pitstop.core.api.ValidationException;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A kind of background work a bundle offers, registered as a service; {@link Jobs} runs it on its own threads.
 * A run reports {@code done/total} through its {@link JobContext}, looks at {@link JobContext#cancelled()} between
 * steps, and saves a checkpoint with its progress so that a run the server died under resumes where it stood
 * instead of doing its done part again.
 */
@ConsumerType
public interface JobType {
    /** A stable dotted name, unique on the server: {@code search.reindex}, {@code billing.monthly-run}. */
    String name();

    /** What people see, by language ({@code ru}, {@code en}); English is the fallback. */
    Map<String, String> labels();

    /** Roles that may start and cancel runs of this type besides {@code admin} (who may always). */
    default Set<String> roles() {
        return Set.of();
    }

    /**
     * Checks a run's parameters before anything is stored; a wrong one is a {@link ValidationException} naming it
     * ({@code parameters.<name>}). The default accepts none.
     */
    default void check(Map<String, String> parameters) {
        if (!parameters.isEmpty()) {
            throw ValidationException.field("parameters." + parameters.keySet().iterator().next(), "is not a parameter of " + name());
        }
    }

    /**
     * Does the work. Returning normally finishes the run (cancelled if cancellation was asked, else succeeded); an
     * exception fails it with its message.
     */
    void run(JobContext context) throws Exception;

    /** A label in the given language, else English, else the name. */
    default String label(String language) {
        Map<String, String> l = labels();
        return l.getOrDefault(language, l.getOrDefault("en", name()));
    }
}
