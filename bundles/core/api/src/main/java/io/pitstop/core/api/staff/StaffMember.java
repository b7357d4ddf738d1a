package io.pitstop.core.api.staff;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * One person who signs in to Pitstop. The login is the key other records
 * store (a task's assignee, an audit record's actor); it never changes.
 *
 * @param extension phone extension, for telephony plugins; may be null
 * @param groups    codes of the groups (departments) the member belongs to
 * @param roles     core and plugin-declared role names
 */
public record StaffMember(String login, String fullName, String email, String extension, String position,
                          Set<String> groups, Set<String> roles, boolean active, Locale language, ZoneId timeZone,
                          long version) {
    public StaffMember {
        groups = Set.copyOf(groups);
        roles = Set.copyOf(roles);
    }
}
