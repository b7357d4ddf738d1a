package io.pitstop.core.api.staff;

import io.pitstop.core.api.Actor;

/**
 * Changes to the staff directory. Everything but {@link #setPresence} is for
 * administrators only (403 otherwise); every change is audited. Input is
 * checked as a whole and refused (400 naming each field) before anything is
 * written: unknown role or group, login taken, password too weak or holding
 * control characters, malformed e-mail.
 */
public interface StaffAdministration {
    /** Shortest password an administrator may set; stored hashed (PBKDF2), never readable again. */
    int PASSWORD_MIN_LENGTH = 8;

    StaffMember create(Actor actor, String login, StaffDraft draft, char[] password);

    StaffMember update(Actor actor, String login, StaffDraft draft);

    /**
     * Disables or enables a member. A disabled member cannot sign in; a call of theirs with credentials already
     * accepted is refused from the next one on, an open UI session on its next step.
     */
    StaffMember setActive(Actor actor, String login, boolean active);

    void resetPassword(Actor actor, String login, char[] password);

    StaffGroup createGroup(Actor actor, String code, String name);

    /**
     * Renames a group and, when {@code members} is not null, makes exactly these logins (existing members, active
     * or not) its members. Refused on {@code name} or {@code members[i]}; 404 for an unknown group.
     */
    StaffGroup updateGroup(Actor actor, String code, String name, java.util.List<String> members);

    /**
     * Disables or enables a group. A disabled group receives no new tasks (refused on the task's assignee); the
     * tasks it holds keep it, and its members stay members.
     */
    StaffGroup setGroupActive(Actor actor, String code, boolean active);

    /** The caller's own presence (any signed-in member). */
    void setPresence(Actor actor, Presence presence);
}
