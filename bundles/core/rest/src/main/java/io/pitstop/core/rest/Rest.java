package io.pitstop.core.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.internal.CallerPrincipal;
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
    /** The longest {@link #IDEMPOTENCY_KEY} accepted: what the journals keep in their unique key column. */
    public static final int IDEMPOTENCY_KEY_MAX = 200;

    /**
     * The five core roles, in the order menus show them. Bundles declare more ({@code RoleDeclaration}); the staff
     * directory lists every role that may be assigned now.
     */
    public static final List<String> ROLES = List.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR);

    private Rest() {
    }

    /**
     * The {@link #IDEMPOTENCY_KEY} header of a money write, which every such write needs: refused (400 naming the
     * header) when missing, when it breaks the text rules or when it is longer than {@link #IDEMPOTENCY_KEY_MAX}
     * (refused, never cut: a cut key could match another request's).
     */
    public static String idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            throw ValidationException.field(IDEMPOTENCY_KEY, "header is required on every money write");
        }
        Params p = new Params();
        p.text(header, IDEMPOTENCY_KEY);
        p.throwIfInvalid();
        String key = header.trim();
        if (key.length() > IDEMPOTENCY_KEY_MAX) {
            throw ValidationException.field(IDEMPOTENCY_KEY, "must be at most " + IDEMPOTENCY_KEY_MAX + " characters");
        }
        return key;
    }

    /** The authenticated caller of this request. */
    public static Actor actor(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null) {
            throw new IllegalStateException("Resource method reached without authentication");
        }
        if (principal instanceof CallerPrincipal caller) {
            return caller.actor();
        }
        // a security context of another kind can only be asked about roles known by name
        Set<String> roles = new HashSet<>();
        for (String role : ROLES) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return new Actor(principal.getName(), roles);
    }
}
