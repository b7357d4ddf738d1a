package io.pitstop.notifications.api;

import java.util.List;
import java.util.UUID;

/**
 * When and to whom an event type's messages go: on which channels, on what {@link Schedule}, valid for how long
 * after their time ({@code validityMinutes}: not sent by then, a message is dropped and journaled EXPIRED; null:
 * always valid), to the people the event names ({@code toContact}: its contact record and its own recipients,
 * contacts persons only when {@code individualsOnly}), to staff by
 * role or group, and to explicit addresses.
 */
public record Rule(UUID id, String name, String eventType, List<String> channels, Schedule schedule,
                   Integer validityMinutes, boolean toContact, boolean individualsOnly, List<String> roles,
                   List<String> groups, List<String> addresses, boolean active) {
    public Rule {
        channels = List.copyOf(channels);
        roles = roles == null ? List.of() : List.copyOf(roles);
        groups = groups == null ? List.of() : List.copyOf(groups);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    /** Whether the rule names anyone at all. */
    public boolean hasRecipients() {
        return toContact || !roles.isEmpty() || !groups.isEmpty() || !addresses.isEmpty();
    }
}
