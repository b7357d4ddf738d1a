package io.pitstop.ticketing.impl;

import io.pitstop.core.api.HealthCheck;
import io.pitstop.ticketing.api.TicketService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code ticketing} in /api/health: the tickets can be counted (the plugin's tables exist and answer). */
@Component(service = HealthCheck.class)
public class TicketingHealth implements HealthCheck {
    @Reference
    private TicketService tickets;

    @Override
    public String name() {
        return "ticketing";
    }

    @Override
    public Result check() {
        try {
            tickets.awaitingReply();
            return Result.passing();
        } catch (RuntimeException e) {
            return Result.failing("tickets cannot be read: " + e.getMessage());
        }
    }
}
