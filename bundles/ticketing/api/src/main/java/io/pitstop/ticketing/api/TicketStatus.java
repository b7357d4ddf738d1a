package io.pitstop.ticketing.api;

import java.util.Locale;

/**
 * Where a ticket stands. A client's mail to an answered or closed ticket reopens it (seed 002: «данная заявка вновь
 * приобретет статус open»): {@link #CLIENT_REPLIED} for an answered one, {@link #OPEN} for a closed one.
 */
public enum TicketStatus {
    OPEN, IN_PROGRESS, ANSWERED, CLIENT_REPLIED, ON_HOLD, CLOSED;

    /** The lower-case code REST uses. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the client waits for staff: the header counter «Тикета(-ов) ожидают ответа» counts these. */
    public boolean awaitingReply() {
        return this == OPEN || this == IN_PROGRESS || this == CLIENT_REPLIED;
    }
}
