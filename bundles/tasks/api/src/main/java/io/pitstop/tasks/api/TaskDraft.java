package io.pitstop.tasks.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;

/**
 * A task to create. {@code assignee} is a login (a group comes with the staff directory); {@code deadline} may be
 * absent; {@code links} point at the records the task is about (contacts and accounts for now).
 */
public record TaskDraft(String title, String description, String assignee, Instant deadline, boolean important,
                        boolean confirmByCreator, List<RecordRef> links) {
    public TaskDraft {
        links = links == null ? List.of() : List.copyOf(links);
    }
}
