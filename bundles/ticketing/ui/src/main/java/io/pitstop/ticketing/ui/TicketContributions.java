package io.pitstop.ticketing.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.ticketing.api.TicketEvents;
import io.pitstop.ticketing.api.TicketService;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** The queue, the ticket view and the awaiting-reply counter, registered while the ticket service runs. */
final class TicketContributions {
    private TicketContributions() {
    }

    abstract static class Base {
        @Reference
        TicketService tickets;

        public Texts texts() {
            return TicketsUi.TEXTS;
        }

        public Set<String> requiredRoles() {
            return TicketsUi.ROLES;
        }
    }

    /** The queue at {@code /tickets}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Queue extends Base implements ViewContribution {
        @Reference
        StaffDirectory staff;

        @Override
        public String route() {
            return TicketsUi.QUEUE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return TicketQueueView.class;
        }

        @Override
        public Component createView() {
            return new TicketQueueView(tickets, staff::groups);
        }

        @Override
        public String labelKey() {
            return "menu.tickets";
        }

        @Override
        public String icon() {
            return "ENVELOPES";
        }

        @Override
        public int order() {
            return 30;
        }
    }

    /** One ticket at {@code /ticket/<id>}, reached from the queue and the contact card. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Card extends Base implements ViewContribution {
        @Override
        public String route() {
            return TicketsUi.CARD;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return TicketView.class;
        }

        @Override
        public Component createView() {
            return new TicketView(tickets);
        }

        @Override
        public String labelKey() {
            return "ticket.title";
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** Seed 002's header counter «Тикета(-ов) ожидают ответа», a link to those tickets. */
    @org.osgi.service.component.annotations.Component(service = DashboardCounter.class)
    public static class Awaiting extends Base implements DashboardCounter {
        @Override
        public String id() {
            return "tickets-awaiting";
        }

        @Override
        public String area() {
            return DashboardArea.CONTACTS;
        }

        @Override
        public Value value(Actor actor) {
            return Value.of(tickets.awaitingReply());
        }

        @Override
        public String link() {
            return TicketsUi.QUEUE + "?awaiting=true";
        }

        @Override
        public List<String> topics() {
            return List.of(TicketEvents.OPENED, TicketEvents.CLIENT_MESSAGE, TicketEvents.REPLIED, TicketEvents.STATUS);
        }

        @Override
        public String labelKey() {
            return "counter.awaiting";
        }
    }
}
