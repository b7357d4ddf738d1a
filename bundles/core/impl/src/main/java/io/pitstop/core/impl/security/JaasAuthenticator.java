package io.pitstop.core.impl.security;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;
import io.pitstop.core.impl.Digests;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Logs in through JAAS against the realm {@code pitstop} (registered only
 * once that realm is). A successful login is remembered for a minute under a
 * digest of the credentials, because the realm's password hash is slow on
 * purpose and integrators call often; a changed password or removed user
 * takes effect within that minute.
 */
@Component(service = Authenticator.class)
public class JaasAuthenticator implements Authenticator {
    static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 10_000;

    private record Remembered(Actor actor, long until) {
    }

    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    @Activate
    public JaasAuthenticator(@Reference(target = "(" + PitstopRealm.NAME_PROPERTY + "=" + PitstopRealm.NAME + ")") JaasRealm realm) {
        // the reference only orders activation: LoginContext finds the realm through Karaf's JAAS configuration
    }

    @Override
    public Optional<Actor> login(String user, String password) {
        if (user == null || user.isBlank() || hasControl(user) || password == null
                || !PasswordHash.acceptable(password.toCharArray())) {
            // control characters never log in: the remembered-login key below joins login and password with a NUL
            return Optional.empty();
        }
        String key = Digests.sha256(user + "\u0000" + password);
        long now = System.currentTimeMillis();
        Remembered known = recent.get(key);
        if (known != null && known.until() > now) {
            return Optional.of(known.actor());
        }
        Optional<Actor> actor = jaas(user, password);
        if (actor.isEmpty()) {
            recent.remove(key);
            return actor;
        }
        if (recent.size() >= REMEMBER_AT_MOST) {
            recent.clear();
        }
        recent.put(key, new Remembered(actor.get(), now + REMEMBER_MILLIS));
        return actor;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static Optional<Actor> jaas(String user, String password) {
        Subject subject = new Subject();
        try {
            new LoginContext(PitstopRealm.NAME, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback name) {
                        name.setName(user);
                    } else if (cb instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            }).login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        String name = user;
        for (Principal p : subject.getPrincipals()) {
            if (p instanceof RolePrincipal) {
                roles.add(p.getName());
            } else if (p instanceof UserPrincipal) {
                name = p.getName();
            }
        }
        return Optional.of(new Actor(name, roles));
    }
}
