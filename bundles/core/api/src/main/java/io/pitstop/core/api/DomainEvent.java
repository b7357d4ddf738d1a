package io.pitstop.core.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something that happened to a record, e.g. topic
 * {@code pitstop/ledger/TRANSACTION_POSTED}. Delivered through Event Admin
 * after the transaction that raised it commits; properties are strings,
 * numbers and booleans only so that any handler can read them.
 */
public record DomainEvent(UUID id, String topic, RecordRef subject, Map<String, Object> properties, Instant occurredAt) {
    public DomainEvent {
        properties = Map.copyOf(properties);
    }

    public static DomainEvent of(String topic, RecordRef subject, Map<String, Object> properties) {
        return new DomainEvent(UUID.randomUUID(), topic, subject, properties, Instant.now());
    }
}
