package io.pitstop.accounts.api;

import io.pitstop.contacts.api.ContactId;
import java.util.Set;

/**
 * Account search; all criteria optional. {@code number} matches a fragment of
 * the number; {@code orOwners} widens it: an account matches when its number
 * holds the fragment <em>or</em> its owner is one of those contacts (either
 * alone when the other is empty). So one search box finds an account by its
 * number or by its owner's name, which the caller resolves to contacts through
 * the contacts service, the owner of names.
 */
public record AccountQuery(ContactId owner, AccountStatus status, String number, Set<ContactId> orOwners) {
    public AccountQuery {
        orOwners = orOwners == null ? Set.of() : Set.copyOf(orOwners);
    }

    /** A search by owner, status and number fragment only. */
    public AccountQuery(ContactId owner, AccountStatus status, String number) {
        this(owner, status, number, Set.of());
    }

    public static AccountQuery all() {
        return new AccountQuery(null, null, null);
    }
}
