package io.pitstop.ticketing.api;

/**
 * Event Admin topics of tickets, published after commit with {@code subject.type=ticket}, {@code subject.id},
 * and properties {@code number}, {@code contactId}, {@code department}, {@code status}.
 */
public final class TicketEvents {
    public static final String OPENED = "pitstop/ticketing/OPENED";
    /** A client's mail appended to a ticket. */
    public static final String CLIENT_MESSAGE = "pitstop/ticketing/CLIENT_MESSAGE";
    public static final String REPLIED = "pitstop/ticketing/REPLIED";
    public static final String NOTE = "pitstop/ticketing/NOTE";
    /** Status changed; properties {@code from} and {@code to}. */
    public static final String STATUS = "pitstop/ticketing/STATUS";
    /** Moved to another department or person; properties {@code reason}, {@code assignee}. */
    public static final String TRANSFERRED = "pitstop/ticketing/TRANSFERRED";
    /** Every topic above, for handlers that refresh on any change. */
    public static final String ALL = "pitstop/ticketing/*";

    private TicketEvents() {
    }
}
