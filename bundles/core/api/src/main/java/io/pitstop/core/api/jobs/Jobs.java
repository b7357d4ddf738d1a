package io.pitstop.core.api.jobs;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs {@link JobType}s in the background and keeps every run in the database. {@code admin} may start and
 * cancel any run; a type's {@link JobType#roles()} may start and cancel that type.
 */
@ProviderType
public interface Jobs {
    /** The reason a run that the server stopped under is failed with at the next start. */
    String SERVER_STOPPED = "server stopped";

    /** The job types registered now, by name. */
    List<JobType> types();

    /** Whether the actor may start and cancel runs of this type. */
    boolean mayRun(Actor actor, String type);

    JobRun start(Actor actor, String type, Map<String, String> parameters);

    Optional<JobRun> find(UUID id);

    /** Runs newest first, filtered by type and status (null: any), only of types the actor may run. */
    Page<JobRun> list(Actor actor, String type, JobStatus status, PageRequest page);

    /** Asks a queued or running run to stop; a finished one is a conflict. */
    JobRun cancel(Actor actor, UUID id);

    /** Runs a failed run again from its last checkpoint, keeping the work it had done; any other status is a conflict. */
    JobRun resume(Actor actor, UUID id);

    List<JobSchedule> schedules(Actor actor);

    /** Adds a schedule; a cron expression that cannot be read is a 400 on {@code cron}, a zone on {@code zone}. */
    JobSchedule schedule(Actor actor, String type, String cron, String zone, Map<String, String> parameters);

    void unschedule(Actor actor, UUID id);

    /**
     * Starts a run of every schedule whose instant has come by the {@code Clock}, once per instant even when two
     * servers ask at once; answers how many started. Called by the one node that holds the scheduler's Camel master
     * lock.
     */
    int fireDueSchedules();

    /** How many runs are in this status now (dashboard counters). */
    long count(JobStatus status);
}
