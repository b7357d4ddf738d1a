package io.pitstop.core.api;

import java.util.UUID;

/**
 * An identifier that knows which kind of record it names. JSON renders it as
 * the bare UUID string.
 */
public interface TypedId {
    UUID value();

    /** Record type, as used in {@link RecordRef}. */
    String recordType();

    default RecordRef ref() {
        return new RecordRef(recordType(), value());
    }

    /** Parses a UUID, answering a field error instead of an IllegalArgumentException. */
    static UUID parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ValidationException.field(field, "is required");
        }
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationException.field(field, "is not a valid id: " + Validation.quote(text));
        }
    }
}
