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
 * Logs in against the staff directory ({@link StaffCredentials}): a member
 * who is disabled cannot log in. A login the directory does not have is
 * looked up in the users file ({@link UserStore}) and, when its password is
 * right, imported into the directory. Karaf's principal classes are used so
 * that the shell, the web console and Pitstop's own REST and UI layers all
 * read the same roles.
 */
public class PitstopLoginModule implements LoginModule {
    /** Option naming the users file. */
    public static final String USERS_FILE = "users";
    /** Option holding the {@link StaffCredentials} service. */
    public static final String STAFF = "staff";

    /** One store per file, so that the file is parsed once and not per login. */
    private static final Map<String, UserStore> STORES = new ConcurrentHashMap<>();

    private Subject subject;
    private CallbackHandler handler;
    private UserStore store;
    private StaffCredentials staff;
    private UserStore.User user;
    private final Set<java.security.Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.handler = handler;
        String file = (String) options.get(USERS_FILE);
        this.store = STORES.computeIfAbsent(file, f -> new UserStore(Path.of(f)));
        this.staff = (StaffCredentials) options.get(STAFF);
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
        String login = name.getName();
        user = fromDirectory(login);
        boolean fromFile = false;
        if (user == null) {
            try {
                user = store.find(login);
            } catch (IOException e) {
                throw new LoginException("Cannot read the user store: " + e.getMessage());
            }
            fromFile = user != null;
        }
        if (user == null || !PasswordHash.matches(secret, user.passwordHash())) {
            user = null;
            throw new FailedLoginException("Wrong login or password");
        }
        if (fromFile && staff != null) {
            staff.importIfAbsent(user.login(), user.passwordHash(), user.roles());
        }
        return true;
    }

    /** The member as the directory has them; a disabled member is refused like a wrong password. */
    private UserStore.User fromDirectory(String login) throws LoginException {
        if (staff == null || login == null) {
            return null;
        }
        var found = staff.credentials(login);
        if (found.isEmpty()) {
            return null;
        }
        if (!found.get().active()) {
            throw new FailedLoginException("Wrong login or password");
        }
        return new UserStore.User(login, found.get().passwordHash(), found.get().roles());
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
