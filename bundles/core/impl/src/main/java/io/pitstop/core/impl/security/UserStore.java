package io.pitstop.core.impl.security;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users of the {@code pitstop} realm, kept in {@code etc/pitstop-users.properties}
 * as {@code login = <password hash>,role,role}. An administrator may write a
 * plain password there; the store replaces it with its hash the next time it
 * reads the file, so no plain password stays on disk. A plain password that is
 * empty or holds a control character is refused: that login cannot log in, the
 * log names it (never the password), and its line stays as written for the
 * administrator to correct.
 */
public final class UserStore {
    private static final Logger LOG = LoggerFactory.getLogger(UserStore.class);

    private final Path file;
    private FileTime loadedAt;
    private Map<String, User> users = Map.of();

    /** One login with its password hash and roles. */
    public record User(String login, String passwordHash, Set<String> roles) {
    }

    public UserStore(Path file) {
        this.file = file;
    }

    /** Every login of the file that can log in. */
    public synchronized java.util.Collection<User> all() throws IOException {
        reloadIfChanged();
        return java.util.List.copyOf(users.values());
    }

    public synchronized User find(String login) throws IOException {
        reloadIfChanged();
        return users.get(login);
    }

    private void reloadIfChanged() throws IOException {
        if (!Files.exists(file)) {
            users = Map.of();
            loadedAt = null;
            return;
        }
        FileTime modified = Files.getLastModifiedTime(file);
        if (modified.equals(loadedAt)) {
            return;
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        Map<String, User> loaded = new TreeMap<>();
        Map<String, String> refused = new TreeMap<>();
        boolean rewrite = false;
        for (String login : props.stringPropertyNames()) {
            String[] parts = props.getProperty(login).split(",");
            // only blanks are layout; trim() would also cut a trailing NUL or escape and accept what was left
            String password = parts[0].replaceAll("^[ \t]+|[ \t]+$", "");
            if (!PasswordHash.isHash(password)) {
                if (!PasswordHash.acceptable(password.toCharArray())) {
                    LOG.warn("User '{}' in {} cannot log in: a password must not be empty or contain control characters;"
                            + " write a new one", login, file);
                    refused.put(login, props.getProperty(login));
                    continue;
                }
                password = PasswordHash.hash(password.toCharArray());
                rewrite = true;
            }
            Set<String> roles = new LinkedHashSet<>();
            Arrays.stream(parts).skip(1).map(String::trim).filter(s -> !s.isEmpty()).forEach(roles::add);
            loaded.put(login, new User(login, password, roles));
        }
        if (rewrite) {
            write(loaded, refused);
        }
        users = loaded;
        loadedAt = Files.getLastModifiedTime(file);
    }

    private void write(Map<String, User> all, Map<String, String> refused) throws IOException {
        Properties out = new Properties();
        for (User u : all.values()) {
            out.setProperty(u.login(), u.passwordHash() + (u.roles().isEmpty() ? "" : "," + String.join(",", u.roles())));
        }
        refused.forEach(out::setProperty);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.store(w, "Pitstop users: login = password hash,role,... (a plain password written here is hashed on next read)");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
