package io.pitstop.ticketing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketMessage;
import io.pitstop.ticketing.api.TicketService;
import io.pitstop.ticketing.api.TicketStatus;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.Arrays;
import java.util.UUID;

/**
 * One ticket: its reference, status and SLA, the thread (the client's mail, staff replies, notes for colleagues set
 * apart), the reply editor, a note with «Отметить как важное», and the status. Every text of the thread is shown as
 * text, never as markup.
 */
public class TicketView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient TicketService tickets;
    private UUID id;
    private Ticket ticket;

    public TicketView(TicketService tickets) {
        this.tickets = tickets;
        setId("ticket-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = TypedId.parse(parameter, "id");
            show();
        } catch (NotFoundException | ValidationException e) {
            removeAll();
            Span gone = new Span(TicketsUi.t("ticket.missing"));
            gone.setId("ticket-missing");
            add(gone);
        }
    }

    private void show() {
        removeAll();
        ticket = tickets.get(id);
        H2 title = new H2(TicketsUi.t("ticket.heading", ticket.reference(), ticket.subject()));
        title.setId("ticket-title");
        title.getElement().setAttribute("data-number", Long.toString(ticket.number()));
        StatusBadge badge = StatusBadge.of("ticket-status", ticket.status().name(), TicketsUi.status(ticket.status()),
                TicketsUi.tone(ticket.status()));
        Span sla = new Span(TicketsUi.t("field.sla") + ": " + TicketsUi.left(ticket));
        sla.setId("ticket-sla");
        sla.getElement().setAttribute("data-breached", Boolean.toString(ticket.sla().breached()));
        if (ticket.sla().breached()) {
            sla.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        Span meta = new Span(TicketsUi.t("ticket.meta", ticket.department(),
                ticket.assignee() == null ? "—" : ticket.assignee(), TicketsUi.urgency(ticket.urgency()),
                ticket.clientEmail() == null ? "—" : ticket.clientEmail()));
        meta.setId("ticket-meta");
        Anchor client = new Anchor(Routes.CONTACT + "/" + ticket.contactId(), TicketsUi.t("ticket.client"));
        client.setId("ticket-client");
        add(title, new HorizontalLayout(badge, sla, client), meta);
        if (ticket.review()) {
            Span review = new Span(TicketsUi.t("ticket.review"));
            review.setId("ticket-review");
            review.getStyle().set("color", "var(--lumo-error-text-color)");
            add(review);
        }
        add(thread(), replyEditor(), noteEditor(), statusEditor());
    }

    private Div thread() {
        Div thread = new Div();
        thread.setId("ticket-thread");
        thread.setWidthFull();
        for (TicketMessage m : tickets.thread(id)) {
            Div item = new Div();
            item.addClassName("ticket-message");
            item.getElement().setAttribute("data-kind", m.kind().name());
            item.getElement().setAttribute("data-important", Boolean.toString(m.important()));
            item.getStyle().set("border-left", "3px solid " + switch (m.kind()) {
                case IN -> "var(--lumo-primary-color)";
                case OUT -> "var(--lumo-success-color)";
                case NOTE -> "var(--lumo-contrast-30pct)";
            }).set("padding", "0 var(--lumo-space-m)").set("margin", "var(--lumo-space-s) 0");
            if (m.kind() == TicketMessage.Kind.NOTE) {
                item.getStyle().set("background", "var(--lumo-contrast-5pct)");
            }
            H4 who = new H4(TicketsUi.t("message." + m.kind().name(), m.author(), Ui.formats().dateTime(m.createdAt()))
                    + (m.important() ? " ★" : ""));
            Div text = new Div();
            // shown as text with its line breaks: a client's mail never becomes markup here
            text.setText(m.body());
            text.getStyle().set("white-space", "pre-wrap");
            item.add(who, text);
            if (m.kind() == TicketMessage.Kind.OUT) {
                Span delivery = new Span(m.delivery() == null ? TicketsUi.t("message.notSent") : TicketsUi.t("message.queued"));
                delivery.addClassName("ticket-delivery");
                item.add(delivery);
            }
            thread.add(item);
        }
        return thread;
    }

    private VerticalLayout replyEditor() {
        TextArea text = new TextArea(TicketsUi.t("reply.label"));
        text.setId("ticket-reply-text");
        text.setWidthFull();
        text.setMaxLength(9_000);
        Button send = new Button(TicketsUi.t("reply.send"), e -> act(() -> tickets.reply(Ui.actor(), id, text.getValue()),
                "ticket.replied", "reply.done"));
        send.setId("ticket-reply-send");
        VerticalLayout box = new VerticalLayout(text, send);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout noteEditor() {
        TextArea text = new TextArea(TicketsUi.t("note.label"));
        text.setId("ticket-note-text");
        text.setWidthFull();
        Checkbox important = new Checkbox(TicketsUi.t("note.important"));
        important.setId("ticket-note-important");
        Button add = new Button(TicketsUi.t("note.add"), e -> act(() -> tickets.note(Ui.actor(), id, text.getValue(),
                important.getValue()), "ticket.noted", "note.done"));
        add.setId("ticket-note-add");
        VerticalLayout box = new VerticalLayout(text, new HorizontalLayout(important, add));
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout statusEditor() {
        ComboBox<TicketStatus> status = new ComboBox<>(TicketsUi.t("field.status"));
        status.setId("ticket-status-select");
        status.setItems(Arrays.asList(TicketStatus.values()));
        status.setItemLabelGenerator(TicketsUi::status);
        status.setValue(ticket.status());
        Button apply = new Button(TicketsUi.t("status.apply"), e -> act(() -> tickets.changeStatus(Ui.actor(), id,
                status.getValue()), "ticket.status", "status.done"));
        apply.setId("ticket-status-apply");
        HorizontalLayout row = new HorizontalLayout(status, apply);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    private void act(Runnable change, String noticeKey, String textKey) {
        try {
            change.run();
            Ui.notice(noticeKey, TicketsUi.t(textKey));
            show();
        } catch (PitstopException e) {
            Ui.problem("ticket.refused", Ui.message(e));
        }
    }

    @Override
    public String getPageTitle() {
        return ticket == null ? TicketsUi.t("ticket.title") : ticket.reference() + " " + ticket.subject();
    }
}
