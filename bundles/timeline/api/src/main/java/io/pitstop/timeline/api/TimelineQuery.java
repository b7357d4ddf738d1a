package io.pitstop.timeline.api;

import io.pitstop.core.api.RecordRef;
import java.util.List;

/**
 * Which entries to list, newest first: those on one record, of one kind, by one actor; null means any. A kind
 * ending in {@code .*} is a family: {@code comment.*} matches {@code comment} and every {@code comment.<more>}.
 * {@code anyOf}, when not empty, keeps the entries on at least one of those records (a manager's clients), each
 * entry once.
 */
public record TimelineQuery(RecordRef record, String kind, String actor, List<RecordRef> anyOf) {
    /** At most this many records in {@code anyOf}: one statement binds them all. */
    public static final int MAX_ANY_OF = 200;

    public TimelineQuery {
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        if (anyOf.size() > MAX_ANY_OF) {
            throw new IllegalArgumentException("at most " + MAX_ANY_OF + " records in one timeline query");
        }
    }

    public TimelineQuery(RecordRef record, String kind, String actor) {
        this(record, kind, actor, List.of());
    }

    /** Every entry on any of these records. */
    public static TimelineQuery onAnyOf(List<RecordRef> records) {
        return new TimelineQuery(null, null, null, records);
    }

    /** Every entry on one record. */
    public static TimelineQuery of(RecordRef record) {
        return new TimelineQuery(record, null, null);
    }
}
