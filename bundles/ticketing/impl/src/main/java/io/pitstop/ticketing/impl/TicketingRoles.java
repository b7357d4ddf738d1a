package io.pitstop.ticketing.impl;

import io.pitstop.core.api.Actor;

/** Who works with tickets: support answers them, managers and administrators too (seed 002's transfers). */
final class TicketingRoles {
    static final String[] READ = {Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT};

    private TicketingRoles() {
    }
}
