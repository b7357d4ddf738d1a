package io.pitstop.core.api.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One run of a job type as stored: progress ({@code done} of {@code total}; {@code rate} in units per second and
 * {@code eta} measured over the current attempt), who or which schedule started it, result and error.
 * {@code scheduledFor} is the instant its schedule fired for (null when started by hand).
 */
public record JobRun(UUID id, String type, JobStatus status, Map<String, String> parameters, long done, Long total,
                     Double rate, Instant eta, String startedBy, UUID scheduleId, Instant scheduledFor, Instant createdAt,
                     Instant startedAt, Instant finishedAt, boolean cancelRequested, int attempts, String result, String error) {
    public JobRun {
        parameters = Map.copyOf(parameters);
    }
}
