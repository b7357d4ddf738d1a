package io.pitstop.billing.impl;

import io.pitstop.billing.api.BillingRuns;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.jobs.JobSchedule;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.core.api.time.Clock;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly billing run on the core jobs' schedules: on the 1st at 00:05 in the company's time zone
 * ({@link Clock#zone()}), for the month that day begins. Made once, when the plugin first starts and no schedule of
 * the run's type exists; an accountant or administrator may change or remove it like any other schedule (jobs page,
 * {@code /api/jobs/schedules}) and it is not made again while one exists. Schedules fire on the node that holds the
 * Camel master lock (feature pitstop-camel, which the plugin's feature brings).
 */
@Component(immediate = true)
public class BillingSchedule {
    static final String CRON = "5 0 1 * *";

    @Reference
    private Jobs jobs;

    @Reference
    private Clock clock;

    /** The run's type is registered by this reference's service, so the schedule names a known type. */
    @Reference
    private BillingRuns runs;

    @Activate
    void activate() {
        Actor system = Actor.system("billing");
        boolean exists = jobs.schedules(system).stream().map(JobSchedule::type).anyMatch(BillingRuns.JOB_TYPE::equals);
        if (!exists) {
            jobs.schedule(system, BillingRuns.JOB_TYPE, CRON, clock.zone().getId(), Map.of("period", BillingRunsImpl.CURRENT));
        }
    }
}
