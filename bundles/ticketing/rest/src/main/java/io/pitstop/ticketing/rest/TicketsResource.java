package io.pitstop.ticketing.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.ticketing.api.Ticket;
import io.pitstop.ticketing.api.TicketDraft;
import io.pitstop.ticketing.api.TicketMessage;
import io.pitstop.ticketing.api.TicketQuery;
import io.pitstop.ticketing.api.TicketService;
import io.pitstop.ticketing.api.TicketStatus;
import io.pitstop.ticketing.api.Urgency;
import java.util.List;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/tickets}: the queue with its filters, tickets staff open on a client's behalf, the thread, replies,
 * notes, status changes and transfers. Support, managers and administrators.
 */
@Component(service = TicketsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TicketsResource {
    static final String STATUSES_DOC = "open, in_progress, answered, client_replied, on_hold, closed";
    private static final List<String> STATUSES = java.util.Arrays.stream(TicketStatus.values()).map(TicketStatus::code).toList();
    private static final List<String> URGENCIES = java.util.Arrays.stream(Urgency.values()).map(Urgency::code).toList();

    @Reference
    private TicketService tickets;

    /** Body of POST /api/tickets. */
    public record NewTicket(@ApiField(required = true, format = ApiField.UUID) String contactId,
                            @ApiField(required = true) String subject, @ApiField(required = true) @FreeText String body,
                            @ApiField(required = true) String department,
                            @ApiField(values = {"low", "medium", "high", "critical"}) String urgency) {
    }

    /** Body of a reply or a note. */
    public record Text(@ApiField(required = true) @FreeText String body, Boolean important) {
    }

    /** Body of POST /api/tickets/{id}/status. */
    public record StatusChange(@ApiField(required = true, values = {"open", "in_progress", "answered", "client_replied",
            "on_hold", "closed"}) String status) {
    }

    /** Body of POST /api/tickets/{id}/transfer. */
    public record Transfer(@ApiField(required = true) String department, String assignee,
                           @ApiField(required = true) @FreeText String reason) {
    }

    /** A ticket with its thread. */
    public record TicketView(Ticket ticket, List<TicketMessage> messages) {
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Page<Ticket> find(@QueryParam("status") @ApiField(values = {"open", "in_progress", "answered", "client_replied",
                                     "on_hold", "closed"}) String status,
                             @QueryParam("department") String department,
                             @QueryParam("assignee") String assignee,
                             @QueryParam("contactId") @ApiField(format = ApiField.UUID) String contactId,
                             @QueryParam("awaiting") @ApiField(as = boolean.class) String awaiting,
                             @QueryParam("breached") @ApiField(as = boolean.class) String breached,
                             @QueryParam(Params.OFFSET) String offset, @QueryParam(Params.LIMIT) String limit) {
        Params p = new Params();
        String code = p.oneOf(status, "status", STATUSES);
        String dept = p.text(department, "department");
        String person = p.text(assignee, "assignee");
        String contact = p.text(contactId, "contactId");
        boolean awaitingOnly = p.flag(awaiting, "awaiting", false);
        boolean breachedOnly = p.flag(breached, "breached", false);
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        UUID contactUuid = contact == null ? null : TypedId.parse(contact, "contactId");
        return tickets.find(new TicketQuery(code == null ? null : TicketStatus.valueOf(code.toUpperCase(java.util.Locale.ROOT)),
                dept, person, contactUuid, awaitingOnly, breachedOnly), page);
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Response open(NewTicket body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Params p = new Params();
        String urgency = p.oneOf(body.urgency(), "urgency", URGENCIES);
        p.throwIfInvalid();
        UUID contact = TypedId.parse(body.contactId(), "contactId");
        Ticket t = tickets.open(Rest.actor(security), new TicketDraft(contact, body.subject(), body.body(),
                body.department(), urgency == null ? null : Urgency.valueOf(urgency.toUpperCase(java.util.Locale.ROOT))));
        return Response.created(uri.getAbsolutePathBuilder().path(t.id().toString()).build())
                .entity(new TicketView(t, tickets.thread(t.id()))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public TicketView get(@PathParam("id") String id) {
        UUID ticket = TypedId.parse(id, "id");
        return new TicketView(tickets.get(ticket), tickets.thread(ticket));
    }

    @POST
    @Path("{id}/replies")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public TicketMessage reply(@PathParam("id") String id, Text body, @Context SecurityContext security) {
        UUID ticket = TypedId.parse(id, "id");
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return tickets.reply(Rest.actor(security), ticket, body.body());
    }

    @POST
    @Path("{id}/notes")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public TicketMessage note(@PathParam("id") String id, Text body, @Context SecurityContext security) {
        UUID ticket = TypedId.parse(id, "id");
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return tickets.note(Rest.actor(security), ticket, body.body(), Boolean.TRUE.equals(body.important()));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Ticket status(@PathParam("id") String id, StatusChange body, @Context SecurityContext security) {
        UUID ticket = TypedId.parse(id, "id");
        if (body == null || body.status() == null) {
            throw ValidationException.field("status", "is required");
        }
        Params p = new Params();
        String code = p.oneOf(body.status(), "status", STATUSES);
        p.throwIfInvalid();
        return tickets.changeStatus(Rest.actor(security), ticket, TicketStatus.valueOf(code.toUpperCase(java.util.Locale.ROOT)));
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Ticket transfer(@PathParam("id") String id, Transfer body, @Context SecurityContext security) {
        UUID ticket = TypedId.parse(id, "id");
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return tickets.transfer(Rest.actor(security), ticket, body.department(), body.assignee(), body.reason());
    }
}
