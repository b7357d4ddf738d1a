package io.pitstop.core.impl;

import io.pitstop.core.api.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database answers: a pooled connection that the driver confirms valid within two seconds. The check is
 * registered whether or not the data source is (a wrong datasource file, a missing driver), so that health says
 * DOWN then instead of leaving the database out.
 *
 * <p>When the database refuses the server (a wrong password, a missing database, nobody listening), every
 * component that needs it fails with a stack of framework errors whose bottom line is the driver's. This check
 * logs that bottom line once per outage of a registered data source under {@link #LOG_MARKER}, which is what an administrator (and
 * {@code ./pitstop start}) looks for.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealth implements HealthCheck {
    /** The start of the one log line per outage; {@code ./pitstop start} prints the line that carries it. */
    static final String LOG_MARKER = "Pitstop cannot use its database:";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealth.class);
    private static final int TIMEOUT_SECONDS = 2;
    private static final String CFG = "etc/org.ops4j.datasource-pitstop.cfg";

    @Reference(target = "(osgi.jndi.service.name=pitstop)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    /** Whether the last check failed: an outage is logged when it starts and when it ends, not per check. */
    private final AtomicBoolean down = new AtomicBoolean();

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Result check() {
        DataSource current = dataSource;
        if (current == null) {
            // normal for a moment at every start, before pax-jdbc has registered the pool: health says so, no error
            return Result.failing("no data source 'pitstop' is registered: check " + CFG);
        }
        try (Connection c = current.getConnection()) {
            if (c.isValid(TIMEOUT_SECONDS)) {
                if (down.compareAndSet(true, false)) {
                    LOG.info("The database answers again");
                }
                return Result.passing();
            }
            return failing("the connection did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException | RuntimeException e) {
            return failing(driverMessage(e) + " (check url, user and password in " + CFG + ")");
        }
    }

    private Result failing(String detail) {
        if (down.compareAndSet(false, true)) {
            LOG.error("{} {}", LOG_MARKER, detail);
        }
        return Result.failing(detail);
    }

    /**
     * The message of the innermost SQL exception: pools and transaction wrappers put their own words around the
     * driver's ("Cannot get a connection, general error"), and only the driver says what is wrong
     * ({@code FATAL: password authentication failed for user "pitstop"}).
     */
    static String driverMessage(Throwable failure) {
        Throwable innermostSql = null;
        Throwable innermost = failure;
        // a bounded walk: a cause chain with a cycle must not hang the health check
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            innermost = t;
            if (t instanceof SQLException && t.getMessage() != null) {
                innermostSql = t;
            }
        }
        Throwable chosen = innermostSql != null ? innermostSql : innermost;
        return chosen.getMessage() != null ? chosen.getMessage() : chosen.getClass().getSimpleName();
    }
}
