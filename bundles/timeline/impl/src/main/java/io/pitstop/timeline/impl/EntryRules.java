package io.pitstop.timeline.impl;

import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.Validation;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import java.util.regex.Pattern;

/** What a timeline entry must be, checked before anything is written; no database needed, so unit-tested. */
final class EntryRules {
    /** Dotted lower-case words: the prefix filter {@code contact.*} reads them with LIKE, which must see no wildcard. */
    static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");
    static final int ACTOR_LENGTH = 100;
    static final int SOURCE_KEY_LENGTH = 200;
    static final int RECORD_TYPE_LENGTH = 40;

    private EntryRules() {
    }

    static void check(EntryDraft d) {
        Validation v = new Validation();
        v.require(d.kind() != null && d.kind().length() <= Timeline.KIND_LENGTH && KIND.matcher(d.kind()).matches(), "kind",
                "must be dotted lower-case words (contact.created, sample.visit) of at most " + Timeline.KIND_LENGTH + " characters");
        v.require(!d.records().isEmpty() && d.records().size() <= Timeline.MAX_RECORDS, "records",
                "must name from 1 to " + Timeline.MAX_RECORDS + " records");
        for (int i = 0; i < d.records().size(); i++) {
            RecordRef r = d.records().get(i);
            v.require(r != null && r.type().length() <= RECORD_TYPE_LENGTH, "records[" + i + "]",
                    "must be a record whose type has at most " + RECORD_TYPE_LENGTH + " characters");
        }
        v.require(d.text() != null && !d.text().isBlank(), "text", "is required");
        v.require(d.actor() == null || d.actor().length() <= ACTOR_LENGTH, "actor", "must be at most " + ACTOR_LENGTH + " characters");
        v.require(d.sourceKey() == null || (!d.sourceKey().isBlank() && d.sourceKey().length() <= SOURCE_KEY_LENGTH), "sourceKey",
                "must be a text of at most " + SOURCE_KEY_LENGTH + " characters");
        v.require(d.link() == null || d.link().type().length() <= RECORD_TYPE_LENGTH, "link",
                "must be a record whose type has at most " + RECORD_TYPE_LENGTH + " characters");
        v.throwIfInvalid();
    }

    /** A text cut to what an entry keeps, with an ellipsis where it was cut. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        // never split a surrogate pair
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** The kind filter: one kind, or {@code prefix.*} for every kind under the prefix. */
    static boolean isPrefix(String kind) {
        return kind.endsWith(".*");
    }

    /** Whether a kind filter is well formed. */
    static boolean validFilter(String kind) {
        String k = isPrefix(kind) ? kind.substring(0, kind.length() - 2) : kind;
        return k.length() <= Timeline.KIND_LENGTH && KIND.matcher(k).matches();
    }
}
