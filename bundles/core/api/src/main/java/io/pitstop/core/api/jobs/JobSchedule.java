package io.pitstop.core.api.jobs;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A job type started by a five-field cron expression ({@code minute hour day-of-month month day-of-week}) read in
 * a time zone: {@code 0 20 * * *} in Europe/Moscow is 20:00 Moscow time every day. {@code nextAt} is the next
 * instant it fires.
 */
public record JobSchedule(UUID id, String type, String cron, String zone, Map<String, String> parameters,
                          Instant nextAt, Instant lastAt, String createdBy, Instant createdAt) {
    public JobSchedule {
        parameters = Map.copyOf(parameters);
    }
}
