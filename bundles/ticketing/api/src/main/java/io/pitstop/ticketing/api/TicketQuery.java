package io.pitstop.ticketing.api;

import java.util.UUID;

/**
 * Filters of the queue, all optional. {@code awaitingReply} keeps the tickets whose client waits for staff;
 * {@code breached} the ones past an SLA target as of now.
 */
public record TicketQuery(TicketStatus status, String department, String assignee, UUID contactId,
                          boolean awaitingReply, boolean breached) {
    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, false, false);
    }
}
