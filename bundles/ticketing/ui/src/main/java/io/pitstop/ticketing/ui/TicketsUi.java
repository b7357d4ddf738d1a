package io.pitstop.ticketing.ui;

import io.pitstop.core.api.Actor;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketStatus;
import io.pitstop.ticketing.api.Urgency;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.Set;

/** Routes, roles and texts of the ticket views. */
final class TicketsUi {
    static final Texts TEXTS = Texts.of(TicketsUi.class, "io.pitstop.ticketing.ui.messages");
    /** The queue; {@code tickets?awaiting=true} shows the tickets whose client waits. */
    static final String QUEUE = "tickets";
    /** The ticket at {@code ticket/<id>}. */
    static final String CARD = "ticket";
    static final Set<String> ROLES = Set.of(Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT);

    private TicketsUi() {
    }

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static String status(TicketStatus s) {
        return t("status." + s.name());
    }

    static String urgency(Urgency u) {
        return t("urgency." + u.name());
    }

    static StatusBadge.Tone tone(TicketStatus s) {
        return switch (s) {
            case OPEN, CLIENT_REPLIED -> StatusBadge.Tone.WARNING;
            case IN_PROGRESS, ON_HOLD -> StatusBadge.Tone.NEUTRAL;
            case ANSWERED, CLOSED -> StatusBadge.Tone.SUCCESS;
        };
    }

    /** Time left on the SLA as people read it: «1 ч 20 мин», «просрочен на 15 мин», «—» when nothing is due. */
    static String left(Ticket t) {
        Long minutes = t.sla().minutesLeft();
        if (minutes == null) {
            return t.sla().breached() ? t("sla.breached") : "—";
        }
        String span = span(Math.abs(minutes));
        return minutes < 0 ? t("sla.overdue", span) : t("sla.left", span);
    }

    private static String span(long minutes) {
        return minutes >= 60 ? t("sla.hours", minutes / 60, minutes % 60) : t("sla.minutes", minutes);
    }
}
