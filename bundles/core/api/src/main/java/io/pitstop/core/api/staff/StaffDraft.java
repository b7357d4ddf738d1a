package io.pitstop.core.api.staff;

import java.util.Set;

/**
 * What an administrator writes about a member: everything but the login
 * (which never changes), the password and the active flag, which have
 * operations of their own. Text fields may be null or empty where the
 * {@link StaffMember} allows it; {@code language} is a language tag
 * ({@code ru}, {@code en}) and {@code timeZone} a zone id
 * ({@code Europe/Moscow}); null means the default.
 */
public record StaffDraft(String fullName, String email, String extension, String position,
                         Set<String> groups, Set<String> roles, String language, String timeZone) {
    public StaffDraft {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
