package io.pitstop.ticketing.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketService;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Makes {@code ticket} a record type that files (a mail's attachments), tasks and the timeline may point at. */
@Component(service = RecordResolver.class)
public class TicketResolver implements RecordResolver {
    @Reference
    private TicketService tickets;

    @Override
    public String type() {
        return Ticket.TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        try {
            tickets.get(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public boolean readable(Actor actor) {
        return actor.hasAnyRole(TicketingRoles.READ);
    }
}
