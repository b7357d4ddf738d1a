package io.pitstop.ledger.api;

import io.pitstop.core.api.TypedId;
import java.util.UUID;

/** Identifier of a hold (reservation). */
public record HoldId(UUID value) implements TypedId {
    public static final String TYPE = "ledger-hold";

    public static HoldId parse(String text) {
        return new HoldId(TypedId.parse(text, "holdId"));
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
