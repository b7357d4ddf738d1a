package io.pitstop.core.impl.security;

import java.util.Optional;
import java.util.Set;

/**
 * The staff directory as the realm sees it: the directory's service while it runs, otherwise a refusal the
 * realm treats like a database outage (the users file lets its logins in). The directory needs the database to
 * start, and sign-in must not: a server whose database refuses it at boot still answers /api/health with the
 * reason, which is what `./pitstop start` waits for to fail fast.
 */
final class LateStaffCredentials implements StaffCredentials {
    /** Thrown while the directory is not running. */
    static final class Absent extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Absent() {
            super("the staff directory is not running (its database is not reachable yet)");
        }
    }

    private volatile StaffCredentials directory;

    void set(StaffCredentials now) {
        directory = now;
    }

    void unset(StaffCredentials gone) {
        if (directory == gone) {
            directory = null;
        }
    }

    private StaffCredentials directory() {
        StaffCredentials now = directory;
        if (now == null) {
            throw new Absent();
        }
        return now;
    }

    @Override
    public Optional<Credentials> credentials(String login) {
        return directory().credentials(login);
    }

    @Override
    public boolean importIfAbsent(String login, String passwordHash, Set<String> roles) {
        return directory().importIfAbsent(login, passwordHash, roles);
    }
}
