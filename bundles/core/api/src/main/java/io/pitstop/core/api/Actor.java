package io.pitstop.core.api;

import java.util.Set;

/**
 * Who performs a change, with the roles they hold. Every write in the core
 * takes one, so that the audit log and the ledger record the author.
 */
public record Actor(String name, Set<String> roles) {
    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String ACCOUNTANT = "accountant";
    public static final String SUPPORT = "support";
    public static final String INTEGRATOR = "integrator";

    public Actor {
        roles = Set.copyOf(roles);
    }

    /** The server itself: schedulers, migrations, demo data. */
    public static Actor system(String process) {
        return new Actor("system:" + process, Set.of(ADMIN));
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
