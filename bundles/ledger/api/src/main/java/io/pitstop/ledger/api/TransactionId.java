package io.pitstop.ledger.api;

import io.pitstop.core.api.TypedId;
import java.util.UUID;

/** Identifier of a ledger transaction. */
public record TransactionId(UUID value) implements TypedId {
    public static final String TYPE = "ledger-transaction";

    public static TransactionId parse(String text) {
        return new TransactionId(TypedId.parse(text, "transactionId"));
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
