package io.pitstop.ledger.impl;

import io.pitstop.core.api.Transactions;
import io.pitstop.ledger.api.Ledger;
import javax.sql.DataSource;
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
 * Seals committed postings on a short schedule (see {@link Seals}), so the
 * unsealed tail of the journal stays a second or so long. Every node may run
 * it: sealers take turns on the seal head's row lock.
 */
@Component(immediate = true, configurationPid = "io.pitstop.ledger.sealing", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = LedgerSealing.Config.class)
public class LedgerSealing {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerSealing.class);

    /** Schedule of the sealer. */
    @ObjectClassDefinition(name = "Pitstop ledger: sealing")
    public @interface Config {
        @AttributeDefinition(description = "Milliseconds between two runs that seal the transactions committed since")
        long intervalMillis() default 1000;
    }

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    /** Not called: the ledger's activation migrates the tables this component seals. */
    @Reference
    private Ledger ledger;

    private Periodic schedule;

    public LedgerSealing() {
    }

    /**
     * Outside OSGi (benchmarks): seals every {@code intervalMillis} until {@link #stop()}. The ledger
     * over the same database must have been created first.
     */
    public LedgerSealing(DataSource dataSource, Transactions transactions, long intervalMillis) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        start(intervalMillis);
    }

    @Activate
    void activate(Config config) {
        start(config.intervalMillis());
    }

    private void start(long intervalMillis) {
        schedule = new Periodic("pitstop-ledger-sealing", Math.max(10, intervalMillis), this::run);
    }

    @Deactivate
    public void stop() throws InterruptedException {
        schedule.stop();
    }

    private void run() {
        LOG.debug("Sealed {} ledger transactions", Seals.sealPending(transactions, dataSource));
    }
}
