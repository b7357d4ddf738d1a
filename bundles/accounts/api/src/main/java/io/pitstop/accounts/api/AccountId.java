package io.pitstop.accounts.api;

import io.pitstop.core.api.TypedId;
import java.util.UUID;

/** Identifier of a personal account; also the id of its book in the ledger. */
public record AccountId(UUID value) implements TypedId {
    public static final String TYPE = "account";

    public AccountId {
        if (value == null) {
            throw new IllegalArgumentException("account id is required");
        }
    }

    public static AccountId parse(String text) {
        return new AccountId(TypedId.parse(text, "accountId"));
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
