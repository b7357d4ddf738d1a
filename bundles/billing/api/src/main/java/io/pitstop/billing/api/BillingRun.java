package io.pitstop.billing.api;

import io.pitstop.core.api.jobs.JobStatus;
import java.util.List;
import java.util.UUID;

/**
 * A billing run as its report shows it: the background job's status and progress, the counts of each outcome
 * ({@code reserved}: accounts that got a hold for the next month) and one line per account done so far.
 */
public record BillingRun(UUID id, String period, boolean preview, JobStatus status, long done, Long total, int charged,
                         int reserved, int suspended, int skipped, int failed, List<ChargeOutcome> accounts) {
    public BillingRun {
        accounts = List.copyOf(accounts);
    }
}
