package io.pitstop.core.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
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

/**
 * Checks HTTP Basic credentials against the JAAS realm. A successful login
 * is remembered for a short while under a digest of the credentials, because
 * the realm's password hash is deliberately slow and integrators call often.
 */
final class JaasAuthenticator {
    static final String REALM = "pitstop";
    private static final long REMEMBER_MILLIS = 60_000;

    /** The logged-in caller. */
    record Caller(String name, Set<String> roles, long expires) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    private final Map<String, Caller> recent = new ConcurrentHashMap<>();

    Caller login(String user, String password) {
        String key = digest(user + "\u0000" + password);
        Caller cached = recent.get(key);
        long now = System.currentTimeMillis();
        if (cached != null && cached.expires() > now) {
            return cached;
        }
        Subject subject = new Subject();
        try {
            LoginContext context = new LoginContext(REALM, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName(user);
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            context.login();
        } catch (LoginException e) {
            recent.remove(key);
            return null;
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
        if (recent.size() > 10_000) {
            recent.clear();
        }
        Caller caller = new Caller(name, Set.copyOf(roles), now + REMEMBER_MILLIS);
        recent.put(key, caller);
        return caller;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
