package io.pitstop.core.api;

import java.util.List;

/**
 * Publishes domain events through a transactional outbox: the event is
 * stored with the change and handed to Event Admin only after commit, so a
 * handler never sees an event of a rolled-back change and none is lost.
 */
public interface DomainEvents {
    /** Event Admin property that carries the subject's record type. */
    String SUBJECT_TYPE = "subject.type";
    /** Event Admin property that carries the subject's id. */
    String SUBJECT_ID = "subject.id";

    void publish(DomainEvent event);

    /** Publishes several events in the caller's transaction, in order; an outbox may store them in one go. */
    default void publishAll(List<DomainEvent> events) {
        events.forEach(this::publish);
    }
}
