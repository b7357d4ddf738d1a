package io.pitstop.core.rest;

import io.pitstop.core.api.Actor;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;

/**
 * Constants and helpers for Pitstop resources. A resource selects
 * {@link #EXTENSIONS} with {@code @JaxrsExtensionSelect} so that it is only
 * published once JSON, problem mapping and security are in place: a resource
 * must never answer without its role check.
 */
public final class Rest {
    /** LDAP filters of the extensions every Pitstop resource needs. */
    public static final String JSON = "(osgi.jaxrs.name=pitstop.json)";
    public static final String SECURITY = "(osgi.jaxrs.name=pitstop.security)";
    public static final String PROBLEMS = "(osgi.jaxrs.name=pitstop.problems)";
    public static final String ROLE_CHECK = "(osgi.jaxrs.name=pitstop.roles)";

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Every role the core knows, in the order menus show them. */
    public static final List<String> ROLES = List.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR);

    private Rest() {
    }

    /** The authenticated caller of this request. */
    public static Actor actor(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException("Resource method reached without authentication");
        }
        Set<String> roles = new HashSet<>();
        for (String role : ROLES) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return new Actor(principal.getName(), roles);
    }
}
