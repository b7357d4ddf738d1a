package io.pitstop.contacts.api;

import io.pitstop.core.api.TypedId;
import java.util.UUID;

/** Identifier of a contact, organisation or person. */
public record ContactId(UUID value) implements TypedId {
    public static final String TYPE = "contact";

    public ContactId {
        if (value == null) {
            throw new IllegalArgumentException("contact id is required");
        }
    }

    public static ContactId parse(String text) {
        return new ContactId(TypedId.parse(text, "contactId"));
    }

    public static ContactId random() {
        return new ContactId(UUID.randomUUID());
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
