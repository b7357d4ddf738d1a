package io.pitstop.tasks.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Rest;
import io.pitstop.tasks.api.DistributionPlan;
import io.pitstop.tasks.api.DistributionRequest;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskService;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/tasks/distribution}: spread tasks over people and days (seed 004: a campaign's calls, 15 per person
 * per day). {@code plan} answers who gets what on which day and writes nothing; the bare path creates exactly that
 * plan in one transaction, once per {@code Idempotency-Key}.
 */
@Component(service = DistributionResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("tasks/distribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DistributionResource {
    /** Tasks per person per day when the request names no cap (seed 004). */
    static final int DEFAULT_CAP = 15;
    /** Working days when the request names none: the horizon of a task list. */
    static final int DEFAULT_DAYS = 30;

    @Reference
    private TaskService tasks;

    /** One task of a distribution given in full. */
    public record Item(@ApiField(required = true) String title, @FreeText String description, List<TaskResource.Link> links) {
    }

    /**
     * Body of both calls: either {@code items} in full, or a template ({@code title}, {@code description}) with
     * {@code records}, one task per record linked to it. Absent: {@code firstDay} today, {@code days} 30,
     * {@code dailyCap} 15, weekends and absent staff skipped, zone Europe/Moscow.
     */
    public record Request(@ApiField(oneOf = "what") List<Item> items, @ApiField(oneOf = "what") List<TaskResource.Link> records,
                          String title, @FreeText String description, @ApiField(required = true) List<String> people,
                          @ApiField(format = ApiField.DATE) LocalDate firstDay, Integer days, Integer dailyCap,
                          Boolean skipWeekends, Boolean skipAbsent,
                          @ApiField(format = ApiField.TIME_ZONE) String timeZone, Boolean confirmByCreator) {
    }

    /** What the plan answers: the placements, and per day and person how many. */
    public record Plan(List<DistributionPlan.Placement> placements, List<String> skipped, List<LocalDate> days, int total) {
    }

    @POST
    @Path("plan")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Plan plan(Request body, @Context SecurityContext security) {
        DistributionPlan plan = tasks.plan(Rest.actor(security), request(body));
        return new Plan(plan.placements(), plan.skipped(), plan.days(), plan.placements().size());
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Response distribute(@HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Request body,
                               @Context SecurityContext security) {
        String idem = Rest.idempotencyKey(key);
        List<Task> made = tasks.distribute(Rest.actor(security), request(body), idem);
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    /** The service's request, every field error of the body at once. */
    static DistributionRequest request(Request body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        List<FieldError> errors = new ArrayList<>();
        List<DistributionRequest.Item> items = new ArrayList<>();
        if ((body.items() == null) == (body.records() == null)) {
            errors.add(new FieldError("items", "give either items or records with a title"));
        } else if (body.items() != null) {
            // a template belongs to records; with items in full it would be silently ignored
            if (body.title() != null) {
                errors.add(new FieldError("title", "is used only with records"));
            }
            if (body.description() != null) {
                errors.add(new FieldError("description", "is used only with records"));
            }
            for (int i = 0; i < body.items().size(); i++) {
                Item item = body.items().get(i);
                if (item == null) {
                    errors.add(new FieldError("items[" + i + "]", "is required"));
                    continue;
                }
                try {
                    items.add(new DistributionRequest.Item(item.title(), item.description(),
                            TaskResource.links(item.links(), "items[" + i + "].links")));
                } catch (ValidationException e) {
                    errors.addAll(e.fieldErrors());
                }
            }
        } else {
            if (body.title() == null || body.title().isBlank()) {
                errors.add(new FieldError("title", "is required with records"));
            } else if (body.title().length() > TaskService.TITLE_LENGTH) {
                errors.add(new FieldError("title", "must be at most " + TaskService.TITLE_LENGTH + " characters"));
            }
            if (body.description() != null && body.description().length() > TaskService.DESCRIPTION_LENGTH) {
                errors.add(new FieldError("description", "must be at most " + TaskService.DESCRIPTION_LENGTH + " characters"));
            }
            try {
                for (RecordRef record : TaskResource.links(body.records(), "records")) {
                    items.add(new DistributionRequest.Item(body.title(), body.description(), List.of(record)));
                }
            } catch (ValidationException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        ZoneId zone = ZoneId.of("Europe/Moscow");
        if (body.timeZone() != null) {
            try {
                zone = ZoneId.of(body.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "must be a time zone such as Europe/Moscow"));
            }
        }
        List<String> people = body.people() == null ? List.of() : body.people();
        for (int i = 0; i < people.size(); i++) {
            String login = people.get(i);
            if (login == null || !login.matches("[\\p{L}\\p{N}._@-]{1,100}")) {
                errors.add(new FieldError("people[" + i + "]", "must be a login: letters, digits, '.', '_', '@' or '-', at most 100 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DistributionRequest(items, people, body.firstDay() == null ? LocalDate.now(zone) : body.firstDay(),
                body.days() == null ? DEFAULT_DAYS : body.days(), body.dailyCap() == null ? DEFAULT_CAP : body.dailyCap(),
                !Boolean.FALSE.equals(body.skipWeekends()), !Boolean.FALSE.equals(body.skipAbsent()), zone,
                Boolean.TRUE.equals(body.confirmByCreator()));
    }
}
