package io.pitstop.tasks.api;

import java.time.Instant;

/**
 * One point of a task's checklist (чек-лист): its text, and once ticked who ticked it and when. Unticking clears
 * both, the history keeps who did it.
 */
public record ChecklistItem(String text, boolean done, String doneBy, Instant doneAt) {
    /** A new, unticked item. */
    public static ChecklistItem open(String text) {
        return new ChecklistItem(text, false, null, null);
    }
}
