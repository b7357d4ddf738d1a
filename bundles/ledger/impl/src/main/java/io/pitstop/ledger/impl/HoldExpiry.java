package io.pitstop.ledger.impl;

import io.pitstop.ledger.api.Ledger;
import java.time.Instant;
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

    private Periodic schedule;

    @Activate
    void activate(Config config) {
        schedule = new Periodic("pitstop-ledger-hold-expiry", Math.max(1, config.intervalSeconds()) * 1000, this::run);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        schedule.stop();
    }

    private void run() {
        int released = ledger.releaseExpiredHolds(Instant.now());
        if (released > 0) {
            LOG.info("Released {} expired holds", released);
        }
    }
}
