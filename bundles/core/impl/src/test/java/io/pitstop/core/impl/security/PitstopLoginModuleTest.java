package io.pitstop.core.impl.security;

import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import org.junit.Test;

public class PitstopLoginModuleTest {
    @Test
    public void trailingNulIsAWrongPassword() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        Files.writeString(file, "admin = admin,admin\n", StandardCharsets.UTF_8);
        assertTrue(module(file, "admin", "admin").login());
        assertThrows(FailedLoginException.class, () -> module(file, "admin", "admin\u0000").login());
        assertThrows(FailedLoginException.class, () -> module(file, "admin", "\u0000admin").login());
        assertThrows(FailedLoginException.class, () -> module(file, "admin", "").login());
    }

    @Test
    public void controlCharactersAreRefusedBeforeTheUserStoreIsRead() throws Exception {
        // a file that cannot be read would fail the login with "Cannot read the user store" if it were looked at
        Path folder = Files.createTempDirectory("users");
        FailedLoginException refused = assertThrows(FailedLoginException.class,
                () -> module(folder, "admin", "admin\u0007").login());
        assertTrue(refused.getMessage(), refused.getMessage().contains("Wrong login or password"));
    }

    /** A directory holding one member, active or not, whose password is "directory-pass". */
    private static StaffCredentials directory(boolean active, boolean reachable) {
        String hash = PasswordHash.hash("directory-pass".toCharArray());
        return new StaffCredentials() {
            @Override
            public java.util.Optional<Credentials> credentials(String login) {
                if (!reachable) {
                    throw new IllegalStateException("Cannot read the credentials: connection refused");
                }
                return "admin".equals(login) ? java.util.Optional.of(new Credentials(login, hash, java.util.Set.of("admin"), active, 3))
                        : java.util.Optional.empty();
            }

            @Override
            public boolean importIfAbsent(String login, String passwordHash, java.util.Set<String> roles) {
                return false;
            }
        };
    }

    @Test
    public void theDirectoryDecidesForItsMembersAndRefusesDisabledOnes() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        Files.writeString(file, "admin = admin,admin\n", StandardCharsets.UTF_8);
        assertTrue(module(file, "admin", "directory-pass", directory(true, true)).login());
        assertThrows("the file's password no longer counts once the member is in the directory", FailedLoginException.class,
                () -> module(file, "admin", "admin", directory(true, true)).login());
        assertThrows(FailedLoginException.class, () -> module(file, "admin", "directory-pass", directory(false, true)).login());
        // with the database away, the users file still lets its logins in
        assertTrue(module(file, "admin", "admin", directory(true, false)).login());
    }

    private static PitstopLoginModule module(Path users, String login, String password) {
        return module(users, login, password, null);
    }

    private static PitstopLoginModule module(Path users, String login, String password, StaffCredentials staff) {
        PitstopLoginModule module = new PitstopLoginModule();
        module.initialize(new Subject(), callbacks -> {
            for (var cb : callbacks) {
                if (cb instanceof NameCallback name) {
                    name.setName(login);
                } else if (cb instanceof PasswordCallback pass) {
                    pass.setPassword(password.toCharArray());
                }
            }
        }, Map.of(), staff == null ? Map.of(PitstopLoginModule.USERS_FILE, users.toString())
                : Map.of(PitstopLoginModule.USERS_FILE, users.toString(), PitstopLoginModule.STAFF, staff));
        return module;
    }
}
