package io.pitstop.core.impl.security;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/**
 * Logs in against {@link UserStore}. Karaf's principal classes are used so
 * that the shell, the web console and Pitstop's own REST and UI layers all
 * read the same roles.
 */
public class PitstopLoginModule implements LoginModule {
    /** Option naming the users file. */
    public static final String USERS_FILE = "users";

    /** One store per file, so that the file is parsed once and not per login. */
    private static final Map<String, UserStore> STORES = new ConcurrentHashMap<>();

    private Subject subject;
    private CallbackHandler handler;
    private UserStore store;
    private UserStore.User user;
    private final Set<java.security.Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        String file = (String) options.get(USERS_FILE);
        this.store = STORES.computeIfAbsent(file, f -> new UserStore(Path.of(f)));
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Login: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            handler.handle(new Callback[] {name, password});
        } catch (IOException | UnsupportedCallbackException e) {
            throw new LoginException("Cannot read credentials: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        if (!PasswordHash.acceptable(secret)) {
            // refused like a wrong password, before any hash is looked up or derived
            throw new FailedLoginException("Wrong login or password");
        }
        try {
            user = store.find(name.getName());
        } catch (IOException e) {
            throw new LoginException("Cannot read the user store: " + e.getMessage());
        }
        if (user == null || !PasswordHash.matches(secret, user.passwordHash())) {
            user = null;
            throw new FailedLoginException("Wrong login or password");
        }
        return true;
    }

    @Override
    public boolean commit() {
        if (user == null) {
            return false;
        }
        principals.add(new UserPrincipal(user.login()));
        for (String role : user.roles()) {
            principals.add(new RolePrincipal(role));
        }
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        user = null;
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
