package io.pitstop.accounts.api;

import io.pitstop.contacts.api.ContactId;

/** Account search; all criteria optional. {@code number} matches a fragment of the number. */
public record AccountQuery(ContactId owner, AccountStatus status, String number) {
    public static AccountQuery all() {
        return new AccountQuery(null, null, null);
    }
}
