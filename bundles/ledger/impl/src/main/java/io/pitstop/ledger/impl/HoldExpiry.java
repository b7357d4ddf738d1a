package io.pitstop.ledger.impl;

import io.pitstop.ledger.api.Ledger;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Releases expired holds on a schedule, so that money reserved until a date
 * becomes available again without anyone asking. Every node may run it: each
 * hold is expired by a conditional update, so two nodes never release one twice.
 */
@Component(immediate = true, configurationPid = "io.pitstop.ledger.holds", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = HoldExpiry.Config.class)
public class HoldExpiry {
    private static final Logger LOG = LoggerFactory.getLogger(HoldExpiry.class);

    /** Schedule of the expiry run. */
    @ObjectClassDefinition(name = "Pitstop ledger: hold expiry")
    public @interface Config {
        @AttributeDefinition(description = "Seconds between two runs that release expired holds")
        long intervalSeconds() default 30;
    }

    @Reference
    private Ledger ledger;

    private ScheduledExecutorService executor;

    @Activate
    void activate(Config config) {
        long interval = Math.max(1, config.intervalSeconds());
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "pitstop-ledger-hold-expiry"));
        executor.scheduleWithFixedDelay(this::run, interval, interval, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        executor.shutdownNow();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Hold expiry run did not stop within 10 s");
        }
    }

    private void run() {
        try {
            int released = ledger.releaseExpiredHolds(Instant.now());
            if (released > 0) {
                LOG.info("Released {} expired holds", released);
            }
        } catch (RuntimeException e) {
            // the next run tries again; a scheduled task that throws would never run again
            LOG.warn("Releasing expired holds failed, will retry: {}", e.getMessage(), e);
        }
    }
}
