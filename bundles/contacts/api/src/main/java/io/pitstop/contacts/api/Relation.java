package io.pitstop.contacts.api;

import java.util.UUID;

/** {@code from} stands in {@code type} to {@code to}, e.g. person EMPLOYEE_OF organisation, with a position. */
public record Relation(UUID id, ContactId from, RelationType type, ContactId to, String position) {
}
