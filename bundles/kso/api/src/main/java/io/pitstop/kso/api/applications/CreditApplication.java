package io.pitstop.kso.api.applications;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A credit application (кредитная заявка) of a client: the offer it was filed with, its status, the manager who
 * filed it and, once the broker answered, the bank's decision.
 *
 * @param deal the deal record it belongs to (a sales plugin's), or null while applications hang on the client only
 */
public record CreditApplication(UUID id, UUID contactId, RecordRef deal, ApplicationStatus status, String manager,
                                OfferSnapshot offer, BankDecision decision, Instant createdAt, Instant updatedAt,
                                Instant issuedAt, long version) {
    /** The record type of applications, for attachments, tasks and the timeline. */
    public static final String TYPE = "kso-application";

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }
}
