package io.pitstop.ui.shell;

import io.pitstop.core.api.Actor;
import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Logs staff in against the JAAS realm {@code pitstop}, the same realm the REST API uses. */
public final class JaasLogin {
    public static final String REALM = "pitstop";

    private JaasLogin() {
    }

    /** The actor with the roles the realm grants, or empty when the name or password is wrong. */
    public static Optional<Actor> login(String user, String password) {
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        Subject subject = new Subject();
        try {
            LoginContext context = new LoginContext(REALM, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback name) {
                        name.setName(user.trim());
                    } else if (cb instanceof PasswordCallback pass) {
                        pass.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            context.login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        Set<String> roles = new HashSet<>();
        String name = user.trim();
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
