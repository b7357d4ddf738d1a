package io.pitstop.tasks.api;

import io.pitstop.core.api.TypedId;
import java.util.UUID;

/** Identifier of a task. */
public record TaskId(UUID value) implements TypedId {
    public static final String TYPE = "task";

    public TaskId {
        if (value == null) {
            throw new IllegalArgumentException("task id is required");
        }
    }

    public static TaskId parse(String text) {
        return new TaskId(TypedId.parse(text, "id"));
    }

    public static TaskId random() {
        return new TaskId(UUID.randomUUID());
    }

    @Override
    public String recordType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
