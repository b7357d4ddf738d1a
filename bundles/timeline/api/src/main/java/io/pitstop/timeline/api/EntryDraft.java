package io.pitstop.timeline.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;

/**
 * What to record. {@code text} is English, like every message of the services; the timeline translates it at once
 * through the installed message catalogues (so a plugin ships its Russian as a catalogue line such as
 * {@code Sample visit by {0}<tab>Визит (пример): {0}}) and keeps every translation with the entry.
 * {@code occurredAt} null means now. {@code sourceKey}, when given, makes recording idempotent: a second draft with
 * the same key changes nothing (an event delivered twice, a retried call) and {@link Timeline#revise} finds the
 * entry by it.
 *
 * @param kind    a dotted name: core kinds are in {@link TimelineKinds}; a plugin uses its own prefix
 * @param records the cards the entry shows on, at least one
 */
public record EntryDraft(String kind, List<RecordRef> records, String actor, Instant occurredAt, String text,
                         RecordRef link, String sourceKey) {
    public EntryDraft {
        records = records == null ? List.of() : List.copyOf(records);
    }

    /** An entry on the given records, now, without link or source key. */
    public static EntryDraft of(String kind, String actor, String text, RecordRef... records) {
        return new EntryDraft(kind, List.of(records), actor, null, text, null, null);
    }
}
