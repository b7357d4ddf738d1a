package io.pitstop.ticketing.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tickets: opened from mail or by staff, answered, noted, moved between departments and people, closed and
 * reopened. Every change is audited, put on the contact's timeline and published ({@link TicketEvents}) in one
 * transaction.
 */
@ProviderType
public interface TicketService {
    int SUBJECT_LENGTH = 500;
    int BODY_LENGTH = 20_000;
    int REASON_LENGTH = 1_000;

    /** Opens a ticket on a client's behalf; the body is the thread's first message. */
    Ticket open(Actor actor, TicketDraft draft);

    /** @throws io.pitstop.core.api.NotFoundException */
    Ticket get(UUID id);

    /** Newest first. */
    Page<Ticket> find(TicketQuery query, PageRequest page);

    /** The thread, oldest first; important notes are also in {@link #importantNotes}. */
    List<TicketMessage> thread(UUID id);

    /** The important notes on a contact's tickets, newest first (pinned on the contact's card). */
    List<TicketMessage> importantNotes(UUID contactId);

    /** A staff reply to the client, mailed through the notifications; the ticket becomes ANSWERED. */
    TicketMessage reply(Actor actor, UUID id, String body);

    /** A note for colleagues; the client never sees it. */
    TicketMessage note(Actor actor, UUID id, String body, boolean important);

    Ticket changeStatus(Actor actor, UUID id, TicketStatus status);

    /**
     * Moves the ticket to a department and optionally a person of it (null: the department as a whole), with the
     * reason kept in the thread as a note.
     */
    Ticket transfer(Actor actor, UUID id, String department, String assignee, String reason);

    /** Turns a mailbox's mail into a ticket or a message of one; idempotent per Message-ID. */
    MailOutcome receive(InboundMail mail);

    /** Tickets whose client waits for staff («Тикета(-ов) ожидают ответа»). */
    long awaitingReply();
}
