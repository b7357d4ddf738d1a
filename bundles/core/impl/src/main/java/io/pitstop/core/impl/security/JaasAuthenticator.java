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
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;

/**
 * Logs in through JAAS against the realm {@code pitstop} (registered only
 * once that realm is). A successful login is remembered for a minute under a
 * digest of the credentials, because the realm's password hash is slow on
 * purpose and integrators call often. A remembered login of a staff member
 * is checked against the directory on every use (one indexed read): once the
 * member is disabled or changed (password, roles), the next call is refused
 * or logs in afresh. A login known only from the users file takes effect
 * within that minute, as before.
 */
@Component(service = Authenticator.class)
public class JaasAuthenticator implements Authenticator {
    static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 10_000;

    /** @param version the member's version at login; -1 for a login known only from the users file */
    private record Remembered(Actor actor, long until, long version) {
    }

    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    private final LateStaffCredentials staff = new LateStaffCredentials();

    @Activate
    public JaasAuthenticator(@Reference(target = "(" + PitstopRealm.NAME_PROPERTY + "=" + PitstopRealm.NAME + ")") JaasRealm realm) {
        // the realm reference only orders activation: LoginContext finds the realm through Karaf's JAAS configuration
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindStaff(StaffCredentials directory) {
        staff.set(directory);
    }

    void unbindStaff(StaffCredentials directory) {
        staff.unset(directory);
    }

    @Override
    public boolean mayContinue(String login) {
        try {
            return staff.credentials(login).map(StaffCredentials.Credentials::active).orElse(true);
        } catch (LateStaffCredentials.Absent e) {
            return true; // no directory, nothing recorded to refuse by: the call meets the outage on its own
        }
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
        if (known != null && known.until() > now && stillCurrent(user, known)) {
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
        long version;
        try {
            version = staff.credentials(user).map(StaffCredentials.Credentials::version).orElse(-1L);
        } catch (RuntimeException e) {
            return actor; // the database went away just now: answer, but remember nothing that cannot be checked
        }
        recent.put(key, new Remembered(actor.get(), now + REMEMBER_MILLIS, version));
        return actor;
    }

    private boolean stillCurrent(String user, Remembered known) {
        Optional<StaffCredentials.Credentials> now;
        try {
            now = staff.credentials(user);
        } catch (RuntimeException e) {
            // while the database is away nothing about the member can change; the remembered minute stands, and the
            // call itself meets the outage (503) as before
            return true;
        }
        if (now.isEmpty()) {
            return known.version() < 0;
        }
        return now.get().active() && now.get().version() == known.version();
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
