package io.pitstop.timeline.api;

import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The activity timeline: bundles and plugins record entries, cards read them newest first. A write joins the
 * caller's transaction when there is one, so an entry exists exactly when the change it tells of does.
 */
@ProviderType
public interface Timeline {
    /** The language of {@link EntryDraft#text()}; always among an entry's texts. */
    String SOURCE_LANGUAGE = "en";
    /** Longest kind. */
    int KIND_LENGTH = 60;
    /** Longest text of one entry; longer texts are cut with an ellipsis. */
    int TEXT_LENGTH = 1000;
    /** Most records one entry shows on. */
    int MAX_RECORDS = 20;

    /**
     * Records an entry (all field errors at once on a bad draft). With a {@code sourceKey} already recorded, answers
     * that entry and writes nothing.
     */
    TimelineEntry record(EntryDraft draft);

    /**
     * Replaces the text of the entry recorded with {@code sourceKey} (an edited comment, a deleted one whose text must
     * no longer show); false when there is none.
     */
    boolean revise(String sourceKey, String text);

    /** Entries newest first. */
    Page<TimelineEntry> find(TimelineQuery query, PageRequest page);
}
