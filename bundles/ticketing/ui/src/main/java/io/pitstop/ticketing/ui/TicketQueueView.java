package io.pitstop.ticketing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketQuery;
import io.pitstop.ticketing.api.TicketService;
import io.pitstop.ticketing.api.TicketStatus;
import io.pitstop.ui.api.Ui;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The ticket queue: newest first, filtered by status, department and «ожидают ответа», with the SLA time left on
 * each ticket and breached ones marked. Filters apply as they change.
 */
public class TicketQueueView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    private final transient TicketService tickets;
    private final ComboBox<TicketStatus> status = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final Checkbox awaiting = new Checkbox();
    private final Checkbox breached = new Checkbox();
    private final Grid<Ticket> grid = new Grid<>();
    private final Span count = new Span();

    public TicketQueueView(TicketService tickets, Supplier<List<StaffGroup>> groups) {
        this.tickets = tickets;
        setId("tickets-view");
        H2 title = new H2(TicketsUi.t("queue.title"));
        status.setId("tickets-filter-status");
        status.setLabel(TicketsUi.t("field.status"));
        status.setItems(Arrays.asList(TicketStatus.values()));
        status.setItemLabelGenerator(TicketsUi::status);
        status.setClearButtonVisible(true);
        department.setId("tickets-filter-department");
        department.setLabel(TicketsUi.t("field.department"));
        department.setItems(groups.get().stream().map(StaffGroup::code).toList());
        department.setClearButtonVisible(true);
        awaiting.setId("tickets-filter-awaiting");
        awaiting.setLabel(TicketsUi.t("queue.awaiting"));
        breached.setId("tickets-filter-breached");
        breached.setLabel(TicketsUi.t("queue.breached"));
        for (var f : List.<com.vaadin.flow.component.HasValue<?, ?>>of(status, department, awaiting, breached)) {
            f.addValueChangeListener(e -> refresh());
        }
        count.setId("tickets-count");
        grid.setId("tickets-grid");
        grid.addComponentColumn(TicketQueueView::link).setHeader(TicketsUi.t("field.number")).setAutoWidth(true);
        grid.addColumn(Ticket::subject).setHeader(TicketsUi.t("field.subject")).setFlexGrow(3);
        grid.addColumn(Ticket::department).setHeader(TicketsUi.t("field.department"));
        grid.addColumn(t -> TicketsUi.urgency(t.urgency())).setHeader(TicketsUi.t("field.urgency"));
        grid.addColumn(t -> TicketsUi.status(t.status())).setHeader(TicketsUi.t("field.status"));
        grid.addColumn(TicketsUi::left).setHeader(TicketsUi.t("field.sla"));
        grid.addColumn(t -> Ui.formats().dateTime(t.createdAt())).setHeader(TicketsUi.t("field.created"));
        grid.setClassNameGenerator(t -> t.sla().breached() ? "ticket-row breached" : "ticket-row");
        add(title, new HorizontalLayout(status, department, awaiting, breached), count, grid);
        setSizeFull();
    }

    private static Component link(Ticket t) {
        Anchor a = new Anchor(TicketsUi.CARD + "/" + t.id(), t.reference());
        a.setId("ticket-open-" + t.number());
        a.getElement().setAttribute("data-status", t.status().name());
        a.getElement().setAttribute("data-breached", Boolean.toString(t.sla().breached()));
        return a;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> flag = event.getLocation().getQueryParameters().getParameters().getOrDefault("awaiting", List.of());
        awaiting.setValue(flag.contains("true"));
        refresh();
    }

    private void refresh() {
        Page<Ticket> page = tickets.find(new TicketQuery(status.getValue(), department.getValue(), null, null,
                awaiting.getValue(), breached.getValue()), PageRequest.first(SHOWN));
        grid.setItems(page.items());
        count.setText(TicketsUi.t("queue.count", page.total()));
        count.getElement().setAttribute("data-count", Long.toString(page.total()));
    }

    @Override
    public String getPageTitle() {
        return TicketsUi.t("queue.title");
    }
}
