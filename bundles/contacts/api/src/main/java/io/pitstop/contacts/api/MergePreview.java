package io.pitstop.contacts.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * What merging {@code duplicate} into {@code kept} moves (or moved): the relations that move, those dropped
 * because they would relate the kept contact to itself or repeat one it has, and each participant's records by
 * {@link ContactMergeParticipant#kind()} ({@code accounts}, {@code tasks}, {@code attachments}, a plugin's own).
 */
public record MergePreview(ContactId kept, ContactId duplicate, int relations, int relationsDropped, Map<String, Integer> moves) {
    public MergePreview {
        moves = java.util.Collections.unmodifiableMap(new TreeMap<>(moves));
    }
}
