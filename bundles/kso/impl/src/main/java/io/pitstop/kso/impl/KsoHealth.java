package io.pitstop.kso.impl;

import io.pitstop.core.api.HealthCheck;
import io.pitstop.kso.api.CreditProgrammes;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code kso} in /api/health: the programmes can be read (the plugin's tables exist and answer). */
@Component(service = HealthCheck.class)
public class KsoHealth implements HealthCheck {
    @Reference
    private CreditProgrammes programmes;

    @Override
    public String name() {
        return "kso";
    }

    @Override
    public Result check() {
        try {
            programmes.list();
            return Result.passing();
        } catch (RuntimeException e) {
            return Result.failing("credit programmes cannot be read: " + e.getMessage());
        }
    }
}
