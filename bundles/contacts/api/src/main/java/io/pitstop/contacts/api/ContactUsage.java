package io.pitstop.contacts.api;

import java.util.Optional;

/**
 * Published by every bundle whose records point at contacts (accounts,
 * deals, tickets). A contact that any of them uses can be archived but never
 * deleted.
 * <p>
 * The contacts service asks every registered usage inside the delete's
 * transaction, so an implementation answers from one indexed query on the
 * shared DataSource (e.g. the first account whose owner is the contact),
 * writes nothing, does not call back into {@link ContactService}, and answers
 * empty rather than throwing for an id it does not know: a thrown exception
 * aborts the delete as a server error.
 */
public interface ContactUsage {
    /** Why the contact is in use, e.g. "owns account 40-000001", or empty. */
    Optional<String> usedBy(ContactId contact);
}
