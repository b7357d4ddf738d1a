package io.pitstop.camel;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;

/**
 * Who a route acts as: a user of the {@code pitstop} realm, logged in with
 * the credentials of etc/io.pitstop.camel.cfg or of the message headers
 * {@code PitstopUser} / {@code PitstopPassword}. Routes get exactly the
 * roles a REST caller with the same login would, through the same
 * {@link Authenticator} (so a changed password applies to routes too).
 */
final class Identity {
    private final Authenticator authenticator;

    Identity(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    Actor login(String user, String password) {
        if (user == null || user.isBlank()) {
            throw new AccessDeniedException("No route identity: set user and password in etc/io.pitstop.camel.cfg "
                    + "or the PitstopUser / PitstopPassword headers");
        }
        return authenticator.login(user, password)
                .orElseThrow(() -> new AccessDeniedException("Route identity '" + user + "' could not log in: wrong user or password"));
    }

    static void require(Actor actor, String operation, String... roles) {
        if (!actor.hasAnyRole(roles)) {
            throw new AccessDeniedException("'" + actor.name() + "' may not call pitstop:" + operation + "; it needs one of "
                    + String.join(", ", roles));
        }
    }
}
