package io.pitstop.core.rest.internal;

import io.pitstop.core.api.Actor;
import java.security.Principal;

/**
 * The principal {@link SecurityFilter} puts on a request: it carries the actor with every role the realm granted,
 * so that {@code Rest.actor} hands resources a plugin's declared roles too (a security context can only be asked
 * about roles one knows by name).
 */
public record CallerPrincipal(Actor actor) implements Principal {
    @Override
    public String getName() {
        return actor.name();
    }
}
