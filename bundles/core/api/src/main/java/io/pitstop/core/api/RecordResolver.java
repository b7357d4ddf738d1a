package io.pitstop.core.api;

import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers whether a record of one {@link RecordRef} type exists, so that whatever points at records (task links
 * now; comments, attachments, the timeline later) refuses a link to nothing without knowing the domain behind it.
 * A domain or plugin registers one service per record type it owns; a type nobody registers is refused as unknown,
 * and becomes known when its plugin starts.
 */
@ConsumerType
public interface RecordResolver {
    /** The record type, as in {@link RecordRef#type()}: {@code contact}, {@code account}, a plugin's own. */
    String type();

    /** Whether the record exists now (an archived record still does). */
    boolean exists(UUID id);

    /**
     * Whether the actor may read records of this type, so that what hangs on a record (its files, comments)
     * is shown to exactly those who may see the record. By default the staff roles that read records in the
     * staff UI; a type whose REST reads allow other roles (integrators) or fewer says so here.
     */
    default boolean readable(Actor actor) {
        return actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);
    }
}
