package io.pitstop.ticketing.api;

import java.util.UUID;

/**
 * What became of a mail: a new ticket, a message appended to one (which may have reopened it), or nothing (a
 * machine's mail, or one read before: the mailbox is read again after a restart or reinstall).
 */
public record MailOutcome(Result result, UUID ticketId, String reason) {
    public enum Result { CREATED, APPENDED, IGNORED, DUPLICATE }
}
