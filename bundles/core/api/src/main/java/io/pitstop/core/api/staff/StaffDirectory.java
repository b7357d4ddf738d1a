package io.pitstop.core.api.staff;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who works here. Read by every bundle that assigns work or shows people;
 * changed by administrators (the changes are audited).
 */
public interface StaffDirectory {
    /** The member with this login, active or not. */
    Optional<StaffMember> member(String login);

    /** Members ordered by full name; {@code activeOnly} leaves out disabled ones. */
    List<StaffMember> members(boolean activeOnly);

    /** Active members of a group, ordered by full name. */
    List<StaffMember> membersOf(String groupCode);

    /** The group with this code. */
    Optional<StaffGroup> group(String code);

    /** All groups ordered by name. */
    List<StaffGroup> groups();

    /** Every role that may be assigned now: the core roles and those declared by running bundles. */
    Set<String> roles();

    /** The member's presence; {@link Presence#OFF} for unknown logins. */
    Presence presence(String login);
}
