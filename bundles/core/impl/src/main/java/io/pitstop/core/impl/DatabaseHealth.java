package io.pitstop.core.impl;

import io.pitstop.core.api.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The database answers: a pooled connection that the driver confirms valid within two seconds. The check is
 * registered whether or not the data source is (a wrong datasource file, a missing driver), so that health says
 * DOWN then instead of leaving the database out.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealth implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;

    @Reference(target = "(osgi.jndi.service.name=pitstop)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Result check() {
        DataSource current = dataSource;
        if (current == null) {
            return Result.failing("no data source 'pitstop' is registered: check etc/org.ops4j.datasource-pitstop.cfg");
        }
        try (Connection c = current.getConnection()) {
            return c.isValid(TIMEOUT_SECONDS) ? Result.passing()
                    : Result.failing("the connection did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException | RuntimeException e) {
            return Result.failing(e.getMessage());
        }
    }
}
