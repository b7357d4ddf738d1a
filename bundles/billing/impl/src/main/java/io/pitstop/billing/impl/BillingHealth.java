package io.pitstop.billing.impl;

import io.pitstop.core.api.HealthCheck;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code billing} in /api/health: the plugin's tables exist and answer. */
@Component(service = HealthCheck.class)
public class BillingHealth implements HealthCheck {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private BillingSchema schema;

    @Override
    public String name() {
        return "billing";
    }

    @Override
    public Result check() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM billing_product")) {
            ps.executeQuery().close();
            return Result.passing();
        } catch (SQLException | RuntimeException e) {
            return Result.failing("the catalogue cannot be read: " + e.getMessage());
        }
    }
}
