package io.pitstop.timeline.api;

import io.pitstop.core.api.RecordRef;

/**
 * Which entries to list, newest first: those on one record, of one kind, by one actor; null means any. A kind
 * ending in {@code .*} is a family: {@code comment.*} matches {@code comment} and every {@code comment.<more>}.
 */
public record TimelineQuery(RecordRef record, String kind, String actor) {
    /** Every entry on one record. */
    public static TimelineQuery of(RecordRef record) {
        return new TimelineQuery(record, null, null);
    }
}
