package io.pitstop.notifications.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.notifications.api.Consent;
import io.pitstop.notifications.api.EventType;
import io.pitstop.notifications.api.JournalQuery;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.notifications.api.NotificationEvent;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Preview;
import io.pitstop.notifications.api.Recipient;
import io.pitstop.notifications.api.Rule;
import io.pitstop.notifications.api.Schedule;
import io.pitstop.notifications.api.Template;
import io.pitstop.notifications.api.TemplateDraft;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/notifications}: event types, templates (with preview), rules, consent, raising an event, and the
 * journal with resend. Administrators keep templates and rules; managers and support read the journal.
 */
@Component(service = NotificationsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationsResource {
    static final List<String> LANGUAGES = List.of("ru", "en");

    @Reference
    private Notifications notifications;

    public record NewTemplate(@ApiField(required = true) String eventType,
                              @ApiField(required = true, values = {"inapp", "sms", "email"}) String channel,
                              @ApiField(required = true, values = {"ru", "en"}) String language,
                              String subject, @ApiField(required = true) @FreeText String body) {
    }

    public record NewSchedule(@ApiField(required = true, valuesOf = Schedule.Kind.class) String kind, String dateField,
                              Long offsetMinutes, String at, Integer days,
                              @ApiField(format = ApiField.TIME_ZONE) String zone) {
    }

    /**
     * The recipients are alternatives of which at least one names someone (otherwise a 400 on {@code recipients});
     * {@code toContact} comes last in its group because only {@code true} names anyone.
     */
    public record NewRule(@ApiField(required = true) String name, @ApiField(required = true) String eventType,
                          @ApiField(required = true) List<String> channels,
                          @ApiField(required = true) NewSchedule schedule, @ApiField(positive = true) Integer validityMinutes,
                          @ApiField(anyOf = "recipients") List<String> roles,
                          @ApiField(anyOf = "recipients") List<String> groups,
                          @ApiField(anyOf = "recipients") List<String> addresses,
                          @ApiField(anyOf = "recipients") Boolean toContact, Boolean individualsOnly, Boolean active) {
    }

    public record Field(@ApiField(required = true) String name, String value) {
    }

    public record NewEvent(@ApiField(required = true) String id, @ApiField(required = true) String eventType,
                           String recordType, @ApiField(format = ApiField.UUID) String recordId, List<Field> fields,
                           List<String> contacts, List<String> staff, List<String> addresses) {
    }

    public record ConsentChange(@ApiField(required = true, values = {"inapp", "sms", "email"}) String channel,
                                @ApiField(required = true, valuesOf = Consent.class) String consent) {
    }

    @GET
    @Path("event-types")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<EventType> eventTypes() {
        return notifications.eventTypes();
    }

    @GET
    @Path("templates")
    @RolesAllowed({Actor.ADMIN})
    public List<Template> templates(@QueryParam("eventType") String eventType) {
        Params p = new Params();
        String type = p.text(eventType, "eventType");
        p.throwIfInvalid();
        return notifications.templates(type);
    }

    @POST
    @Path("templates")
    @RolesAllowed({Actor.ADMIN})
    public Template saveTemplate(NewTemplate body, @Context SecurityContext security) {
        return notifications.saveTemplate(Rest.actor(security), draft(body));
    }

    @POST
    @Path("templates/preview")
    @RolesAllowed({Actor.ADMIN})
    public Preview preview(NewTemplate body) {
        return notifications.preview(draft(body));
    }

    static TemplateDraft draft(NewTemplate body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return new TemplateDraft(body.eventType(), body.channel(), body.language(), body.subject(), body.body());
    }

    @GET
    @Path("rules")
    @RolesAllowed({Actor.ADMIN})
    public List<Rule> rules(@QueryParam("eventType") String eventType) {
        Params p = new Params();
        String type = p.text(eventType, "eventType");
        p.throwIfInvalid();
        return notifications.rules(type);
    }

    @POST
    @Path("rules")
    @RolesAllowed({Actor.ADMIN})
    public Response saveRule(NewRule body, @Context SecurityContext security) {
        Rule saved = notifications.saveRule(Rest.actor(security), rule(null, body));
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }

    @DELETE
    @Path("rules/{id}")
    @RolesAllowed({Actor.ADMIN})
    public Response deleteRule(@PathParam("id") String id, @Context SecurityContext security) {
        notifications.deleteRule(Rest.actor(security), TypedId.parse(id, "id"));
        return Response.noContent().build();
    }

    static Rule rule(UUID id, NewRule body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Schedule schedule = null;
        NewSchedule s = body.schedule();
        if (s == null) {
            errors.add(new FieldError("schedule", "is required"));
        } else {
            Schedule.Kind kind = null;
            try {
                kind = s.kind() == null ? null : Schedule.Kind.valueOf(s.kind());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("schedule.kind", "must be one of AT_EVENT, OFFSET, DAY_BEFORE_AT, BIRTHDAY, DAILY_DIGEST"));
            }
            LocalTime at = null;
            if (s.at() != null) {
                try {
                    at = s.at().matches("\\d\\d:\\d\\d") ? LocalTime.parse(s.at()) : null;
                } catch (DateTimeParseException e) {
                    at = null;
                }
                if (at == null) {
                    errors.add(new FieldError("schedule.at", "must be a local time such as 20:00"));
                }
            }
            schedule = new Schedule(kind, s.dateField(), s.offsetMinutes(), at, s.days(), s.zone());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Rule(id, body.name(), body.eventType(), body.channels() == null ? List.of() : body.channels(),
                schedule, body.validityMinutes(), Boolean.TRUE.equals(body.toContact()),
                Boolean.TRUE.equals(body.individualsOnly()), body.roles(), body.groups(), body.addresses(),
                !Boolean.FALSE.equals(body.active()));
    }

    @POST
    @Path("events")
    @RolesAllowed({Actor.ADMIN, Actor.INTEGRATOR})
    public Response raise(NewEvent body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<Field> given = body.fields() == null ? List.of() : body.fields();
        for (int i = 0; i < given.size(); i++) {
            Field f = given.get(i);
            if (f == null || f.name() == null) {
                errors.add(new FieldError("fields[" + i + "].name", "is required"));
            } else if (fields.put(f.name(), f.value() == null ? "" : f.value()) != null) {
                errors.add(new FieldError("fields[" + i + "].name", "is given twice"));
            }
        }
        RecordRef record = null;
        if ((body.recordType() == null) != (body.recordId() == null)) {
            errors.add(new FieldError("recordId", "give recordType and recordId together"));
        } else if (body.recordId() != null) {
            try {
                record = new RecordRef(body.recordType(), TypedId.parse(body.recordId(), "recordId"));
            } catch (ValidationException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        List<Recipient> recipients = new ArrayList<>();
        List<String> contacts = body.contacts() == null ? List.of() : body.contacts();
        for (int i = 0; i < contacts.size(); i++) {
            try {
                recipients.add(Recipient.contact(TypedId.parse(contacts.get(i), "contacts[" + i + "]")));
            } catch (ValidationException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        (body.staff() == null ? List.<String>of() : body.staff()).forEach(s -> recipients.add(Recipient.staff(s)));
        (body.addresses() == null ? List.<String>of() : body.addresses()).forEach(a -> recipients.add(Recipient.address(a)));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Message> queued = notifications.raise(new NotificationEvent(body.id(), body.eventType(), record, fields, recipients));
        return Response.status(Response.Status.CREATED).entity(queued).build();
    }

    @GET
    @Path("consents/{contactId}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Map<String, Consent> consents(@PathParam("contactId") String contactId) {
        return notifications.consents(TypedId.parse(contactId, "contactId"));
    }

    @PUT
    @Path("consents/{contactId}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Map<String, Consent> setConsent(@PathParam("contactId") String contactId, ConsentChange body,
                                           @Context SecurityContext security) {
        UUID id = TypedId.parse(contactId, "contactId");
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Consent consent;
        try {
            consent = Consent.valueOf(body.consent());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ValidationException.field("consent", "must be one of YES, NO, NOT_ASKED");
        }
        notifications.setConsent(Rest.actor(security), id, body.channel(), consent);
        return notifications.consents(id);
    }

    @GET
    @Path("journal")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.SUPPORT})
    public Page<Message> journal(@QueryParam("status") @ApiField(valuesOf = MessageStatus.class) String status,
                                 @QueryParam("channel") String channel,
                                 @QueryParam("eventType") String eventType,
                                 @QueryParam("recipient") String recipient,
                                 @QueryParam("eventId") String eventId,
                                 @QueryParam(Params.OFFSET) String offset, @QueryParam(Params.LIMIT) String limit) {
        Params p = new Params();
        JournalQuery q = new JournalQuery(p.choice(status, "status", MessageStatus.class), p.text(channel, "channel"),
                p.text(eventType, "eventType"), p.text(recipient, "recipient"), p.text(eventId, "eventId"));
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return notifications.journal(q, page);
    }

    @POST
    @Path("journal/{id}/resend")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Message resend(@PathParam("id") String id, @Context SecurityContext security) {
        return notifications.resend(Rest.actor(security), TypedId.parse(id, "id"));
    }
}
