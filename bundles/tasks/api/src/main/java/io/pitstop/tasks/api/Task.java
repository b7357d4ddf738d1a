package io.pitstop.tasks.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.List;

/** A stored task. {@code number} is sequential and what people quote; {@code id} is what programs keep. */
public record Task(TaskId id, long number, String title, String description, String creator, String assignee,
                   Instant deadline, boolean important, boolean confirmByCreator, TaskStatus status,
                   List<RecordRef> links, Instant createdAt, Instant updatedAt, long version) {
    public Task {
        links = List.copyOf(links);
    }
}
