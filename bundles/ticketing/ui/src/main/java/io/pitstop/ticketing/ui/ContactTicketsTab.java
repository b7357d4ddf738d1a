package io.pitstop.ticketing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketMessage;
import io.pitstop.ticketing.api.TicketQuery;
import io.pitstop.ticketing.api.TicketService;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/**
 * «Тикеты» on the contact card (seed 002's «Все тикеты клиента»): the important notes pinned on top (old requisites
 * kept as seed 002 asks), then the client's tickets, newest first.
 */
@org.osgi.service.component.annotations.Component(service = RecordTab.class)
public class ContactTicketsTab implements RecordTab {
    @Reference
    private TicketService tickets;

    @Override
    public String recordType() {
        return "contact";
    }

    @Override
    public String id() {
        return "tickets";
    }

    @Override
    public String labelKey() {
        return "contact.tab";
    }

    @Override
    public Texts texts() {
        return TicketsUi.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return TicketsUi.ROLES;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Component create(RecordRef record) {
        VerticalLayout panel = new VerticalLayout();
        panel.setId("contact-tickets");
        List<TicketMessage> notes = tickets.importantNotes(record.id());
        if (!notes.isEmpty()) {
            Div pinned = new Div();
            pinned.setId("contact-ticket-notes");
            pinned.add(new H4(TicketsUi.t("contact.notes")));
            for (TicketMessage n : notes) {
                Div note = new Div();
                note.addClassName("contact-ticket-note");
                note.setText("★ " + n.body() + " — " + n.author() + ", " + Ui.formats().dateTime(n.createdAt()));
                note.getStyle().set("white-space", "pre-wrap");
                pinned.add(note);
            }
            panel.add(pinned);
        }
        List<Ticket> list = tickets.find(new TicketQuery(null, null, null, record.id(), false, false),
                PageRequest.first(100)).items();
        if (list.isEmpty()) {
            Span empty = new Span(TicketsUi.t("contact.empty"));
            empty.setId("contact-tickets-empty");
            panel.add(empty);
        }
        for (Ticket t : list) {
            Anchor a = new Anchor(TicketsUi.CARD + "/" + t.id(), t.reference() + " " + t.subject() + " — "
                    + TicketsUi.status(t.status()));
            a.addClassName("contact-ticket");
            a.getElement().setAttribute("data-number", Long.toString(t.number()));
            panel.add(a);
        }
        return panel;
    }
}
