package io.pitstop.billing.api;

import io.pitstop.core.api.Actor;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Billing runs as core background jobs (type {@link #JOB_TYPE}): every account with a subscription, or the ones
 * named, charged for a period; a preview posts nothing. A run is idempotent per account and period.
 */
public interface BillingRuns {
    String JOB_TYPE = "billing.monthly-run";

    /** A period after the current month is refused; answers the run as started. */
    BillingRun start(Actor actor, YearMonth period, List<UUID> accountIds, boolean preview);

    BillingRun get(UUID id);
}
