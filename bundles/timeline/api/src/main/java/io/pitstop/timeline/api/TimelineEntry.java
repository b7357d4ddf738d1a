package io.pitstop.timeline.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One thing that happened, as recorded. {@code texts} holds the summary by language tag ({@code en} always, and
 * every language a catalogue spoke when it was recorded); {@code records} are the cards it shows on (a posting on
 * the account and on its owner's contact); {@code link} is what a click opens, if anything (the task, the comment).
 */
public record TimelineEntry(UUID id, String kind, Instant occurredAt, String actor, Map<String, String> texts,
                            List<RecordRef> records, RecordRef link) {
    public TimelineEntry {
        texts = Map.copyOf(texts);
        records = List.copyOf(records);
    }

    /** The summary in {@code language}, or in English when it was not recorded in that language. */
    public String text(Locale language) {
        String t = language == null ? null : texts.get(language.getLanguage());
        return t != null ? t : texts.get(Timeline.SOURCE_LANGUAGE);
    }
}
