package io.pitstop.ui.api;

import io.pitstop.core.api.Actor;
import java.util.Set;

/**
 * What every UI contribution has in common: a label looked up by key in the
 * contributor's own texts (Russian and English), the roles that may see it,
 * and its position among its siblings.
 */
public interface Contribution {
    /** Key of the label in {@link #texts()}. */
    String labelKey();

    /** The contributor's resource bundles; see {@link Texts#of(Class, String)}. */
    Texts texts();

    /** A user needs one of these roles to see the contribution; empty means any logged-in user. */
    Set<String> requiredRoles();

    /** Lower comes first. */
    default int order() {
        return 100;
    }

    /** Whether the actor may see this contribution. */
    default boolean visibleTo(Actor actor) {
        Set<String> roles = requiredRoles();
        return actor != null && (roles.isEmpty() || actor.hasAnyRole(roles.toArray(String[]::new)));
    }
}
