package io.pitstop.ticketing.api;

import java.util.UUID;

/** A ticket staff open on a client's behalf (seed 002's «Открыть новый тикет» from the client's profile). */
public record TicketDraft(UUID contactId, String subject, String body, String department, Urgency urgency) {
}
