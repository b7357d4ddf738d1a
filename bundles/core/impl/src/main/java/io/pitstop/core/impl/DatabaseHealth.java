package io.pitstop.core.impl;

import io.pitstop.core.api.HealthCheck;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The database answers: a pooled connection that the driver confirms valid within two seconds. */
@Component(service = HealthCheck.class)
public class DatabaseHealth implements HealthCheck {
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;

    @Activate
    public DatabaseHealth(@Reference(target = "(osgi.jndi.service.name=pitstop)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Result check() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(TIMEOUT_SECONDS) ? Result.passing()
                    : Result.failing("the connection did not answer within " + TIMEOUT_SECONDS + " s");
        } catch (SQLException | RuntimeException e) {
            return Result.failing(e.getMessage());
        }
    }
}
