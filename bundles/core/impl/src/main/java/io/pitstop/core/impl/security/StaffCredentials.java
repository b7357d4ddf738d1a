package io.pitstop.core.impl.security;

import java.util.Optional;
import java.util.Set;

/**
 * What the realm needs of the staff directory: a member's password hash,
 * roles and whether they may sign in. Private to the core (never exported):
 * password hashes leave the directory only through here.
 */
public interface StaffCredentials {
    /** @param version changes with every change of the member, so a remembered login can tell it is stale */
    record Credentials(String login, String passwordHash, Set<String> roles, boolean active, long version) {
        public Credentials {
            roles = Set.copyOf(roles);
        }
    }

    Optional<Credentials> credentials(String login);

    /**
     * Adds a login of the users file that the directory does not have yet, with its hash and roles; a login the
     * directory has is left as it is (from then on the directory decides). Returns whether it was added.
     */
    boolean importIfAbsent(String login, String passwordHash, Set<String> roles);
}
