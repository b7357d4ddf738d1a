package io.pitstop.ticketing.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.util.UUID;

/**
 * A ticket as stored, with its SLA state as of the moment it was read.
 *
 * @param number      the reference clients see as {@code [#number]} in subjects
 * @param department  the staff group code the ticket sits with
 * @param assignee    the staff login working on it, null while it sits with the department as a whole
 * @param clientEmail the address replies go to (the sender's for a mail, the contact's first for staff-opened ones)
 * @param review      true when the sender is not an e-mail on the contact's profile (a new lead or a stranger):
 *                    seed 002 accepts changes only from the profile's address, so staff check before acting
 * @param source      {@code email} or {@code staff}
 */
public record Ticket(UUID id, long number, UUID contactId, String subject, String department, String assignee,
                     Urgency urgency, TicketStatus status, String source, String clientEmail, boolean review,
                     Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant closedAt, long version,
                     SlaState sla) {
    /** The record type of tickets in {@link RecordRef}s (attachments, timeline, audit). */
    public static final String TYPE = "ticket";

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }

    /** The reference as it stands in subjects: {@code [#1234]}. */
    public String reference() {
        return "[#" + number + "]";
    }
}
