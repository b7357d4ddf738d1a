package io.pitstop.core.api.staff;

import java.util.Map;

/**
 * A role a bundle adds to the five core ones (e.g. a credit-programme
 * administrator). Register it as a service: while it is registered, the role
 * can be assigned to staff, is kept in their sign-in, and is checked by the
 * bundle's own endpoints and views.
 *
 * @param name   role name, lower case letters, digits and dashes, unique
 * @param labels the role's name for people, by language tag ({@code ru}, {@code en})
 */
public record RoleDeclaration(String name, Map<String, String> labels) {
    public RoleDeclaration {
        if (name == null || !name.matches("[a-z][a-z0-9-]{1,39}")) {
            throw new IllegalArgumentException("role name must be lower-case letters, digits and dashes: " + name);
        }
        labels = Map.copyOf(labels);
    }
}
