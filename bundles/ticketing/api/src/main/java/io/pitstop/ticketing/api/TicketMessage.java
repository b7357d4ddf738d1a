package io.pitstop.ticketing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of a ticket's thread: the client's mail ({@link Kind#IN}), a staff reply sent to the client
 * ({@link Kind#OUT}), or a note for colleagues only ({@link Kind#NOTE}; «Для общения с коллегами лучше использовать
 * примечания»), which may be marked important (pinned on the contact's card, seed 002's old requisites).
 *
 * @param author    the sender's address for IN, the staff login otherwise
 * @param mailId    the Message-ID of a mail in, null otherwise
 * @param delivery  for OUT: the notification journal's message id, whose status says delivered or failed
 */
public record TicketMessage(UUID id, UUID ticketId, Kind kind, String author, String body, boolean important,
                            String mailId, String delivery, Instant createdAt) {
    public enum Kind { IN, OUT, NOTE }
}
