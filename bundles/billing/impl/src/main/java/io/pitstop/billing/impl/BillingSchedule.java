package io.pitstop.billing.impl;

import io.pitstop.billing.api.BillingRuns;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.jobs.JobSchedule;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.core.api.time.Clock;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly billing run on the core jobs' schedules: on the 1st at 00:05 in the company's time zone
 * ({@link Clock#zone()}), for the month that day begins. Made once, when the plugin first starts and no schedule of
 * the run's type exists; an accountant or administrator may change or remove it like any other schedule (jobs page,
 * {@code /api/jobs/schedules}) and it is not made again while one exists. Schedules fire on the node that holds the
 * Camel master lock (feature pitstop-camel, which the plugin's feature brings).
 */
@Component(immediate = true)
public class BillingSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(BillingSchedule.class);
    static final String CRON = "5 0 1 * *";

    @Reference
    private Jobs jobs;

    @Reference
    private Clock clock;

    /** The run's type is registered by this reference's service. */
    @Reference
    private BillingRuns runs;

    private Thread worker;

    /**
     * Jobs learns the run's type when its service is registered, which may be just after this component starts (the
     * order in which components hear of a new service is not fixed), so a short-lived thread waits for the type to be
     * known before scheduling it.
     */
    @Activate
    void activate() {
        worker = new Thread(this::ensure, "pitstop-billing-schedule");
        worker.setDaemon(true);
        worker.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.interrupt();
        worker.join(5_000);
    }

    private void ensure() {
        Actor system = Actor.system("billing");
        try {
            long deadline = System.currentTimeMillis() + 120_000;
            while (jobs.types().stream().noneMatch(t -> t.name().equals(BillingRuns.JOB_TYPE))) {
                if (System.currentTimeMillis() > deadline) {
                    LOG.error("The monthly billing run is not scheduled: job type {} never became known", BillingRuns.JOB_TYPE);
                    return;
                }
                Thread.sleep(200);
            }
            boolean exists = jobs.schedules(system).stream().map(JobSchedule::type).anyMatch(BillingRuns.JOB_TYPE::equals);
            if (!exists) {
                jobs.schedule(system, BillingRuns.JOB_TYPE, CRON, clock.zone().getId(), Map.of("period", BillingRunsImpl.CURRENT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("The monthly billing run could not be scheduled", e);
        }
    }
}
