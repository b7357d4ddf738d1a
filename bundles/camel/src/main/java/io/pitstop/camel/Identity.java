package io.pitstop.camel;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/**
 * Who a route acts as: a user of the {@code pitstop} realm, logged in with
 * the credentials of etc/io.pitstop.camel.cfg or of the message headers
 * {@code PitstopUser} / {@code PitstopPassword}. Routes get exactly the
 * roles a REST caller with the same login would.
 */
final class Identity {
    private final Map<String, Actor> loggedIn = new ConcurrentHashMap<>();

    Actor login(String user, String password) {
        if (user == null || user.isBlank()) {
            throw new AccessDeniedException("No route identity: set user and password in etc/io.pitstop.camel.cfg "
                    + "or the PitstopUser / PitstopPassword headers");
        }
        String key = user + "\u0000" + password;
        Actor known = loggedIn.get(key);
        if (known != null) {
            return known;
        }
        Subject subject = new Subject();
        try {
            new LoginContext("pitstop", subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName(user);
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword(password == null ? new char[0] : password.toCharArray());
                    }
                }
            }).login();
        } catch (LoginException e) {
            throw new AccessDeniedException("Route identity '" + user + "' could not log in: " + e.getMessage());
        }
        Set<String> roles = new HashSet<>();
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            roles.add(p.getName());
        }
        Actor actor = new Actor(user, roles);
        loggedIn.put(key, actor);
        return actor;
    }

    static void require(Actor actor, String operation, String... roles) {
        if (!actor.hasAnyRole(roles)) {
            throw new AccessDeniedException("'" + actor.name() + "' may not call pitstop:" + operation + "; it needs one of "
                    + String.join(", ", roles));
        }
    }
}
