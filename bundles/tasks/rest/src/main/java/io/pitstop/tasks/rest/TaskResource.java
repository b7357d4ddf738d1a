package io.pitstop.tasks.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.tasks.api.TaskStatus;
import io.pitstop.tasks.api.TaskView;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

/** {@code /api/tasks}: create tasks, read them, move them through their statuses, list them. */
@Component(service = TaskResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskResource {
    /** The longest horizon a list may ask for (ten years). */
    static final int MAX_DAYS = 3650;

    @Reference
    private TaskService tasks;

    /** A record a task is about: {@code contact}, {@code account}, or a type a plugin registered. */
    public record Link(@ApiField(required = true) String type,
                       @ApiField(required = true, format = ApiField.UUID) String id) {
    }

    /**
     * Body of POST /api/tasks. {@code assignee}: a login or {@code group:<code>}; {@code checklist}: item texts;
     * {@code requiredRole}: a role the assignee must hold.
     */
    public record NewTask(@ApiField(required = true) String title, @FreeText String description,
                          @ApiField(required = true) String assignee, Instant deadline, Boolean important,
                          Boolean confirmByCreator, List<Link> links, List<String> coWorkers, List<String> observers,
                          Instant reminderAt, List<String> checklist, String requiredRole) {
    }

    /** Body of POST /api/tasks/{id}/status. */
    public record StatusChange(@ApiField(required = true) TaskStatus status) {
    }

    /** Body of POST /api/tasks/{id}/checklist: one more item. */
    public record NewItem(@ApiField(required = true) String text) {
    }

    /** Body of POST /api/tasks/{id}/checklist/check: tick or untick item {@code index} (from 0). */
    public record Tick(@ApiField(required = true) Integer index, @ApiField(required = true) Boolean done) {
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Response create(NewTask body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Task t = tasks.create(Rest.actor(security), new TaskDraft(body.title(), body.description(), body.assignee(),
                body.deadline(), Boolean.TRUE.equals(body.important()), Boolean.TRUE.equals(body.confirmByCreator()),
                links(body.links()), body.coWorkers(), body.observers(), body.reminderAt(), body.checklist(),
                blankToNull(body.requiredRole())));
        URI location = uri.getAbsolutePathBuilder().path(t.id().toString()).build();
        return Response.created(location).entity(t).build();
    }

    /** Links with their fields checked by name ({@code links[0].id}), so that a refusal says which one. */
    static List<RecordRef> links(List<Link> links) {
        return links(links, "links");
    }

    /** As {@link #links(List)}, the fields named under {@code field}. */
    static List<RecordRef> links(List<Link> links, String field) {
        if (links == null) {
            return List.of();
        }
        List<RecordRef> out = new ArrayList<>();
        List<io.pitstop.core.api.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            String at = field + "[" + i + "]";
            if (l == null) {
                errors.add(new io.pitstop.core.api.FieldError(at, "is required"));
                continue;
            }
            if (l.type() == null || l.type().isBlank()) {
                errors.add(new io.pitstop.core.api.FieldError(at + ".type", "is required"));
            }
            try {
                java.util.UUID id = TypedId.parse(l.id(), at + ".id");
                if (l.type() != null && !l.type().isBlank()) {
                    out.add(new RecordRef(l.type(), id));
                }
            } catch (ValidationException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Page<Task> find(@QueryParam("view") @ApiField(valuesOf = TaskView.class) String view,
                           @QueryParam("assignee") String assignee,
                           @QueryParam("status") @ApiField(valuesOf = TaskStatus.class) String status,
                           @QueryParam("overdue") @ApiField(as = boolean.class) String overdue,
                           @QueryParam("dueWithinDays") @ApiField(as = Integer.class) String dueWithinDays,
                           @QueryParam("creator") String creator, @QueryParam("group") String group,
                           @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                           @Context SecurityContext security) {
        Params p = new Params();
        TaskView chosenView = p.choice(view, "view", TaskView.class);
        String who = p.text(assignee, "assignee");
        TaskStatus chosen = p.choice(status, "status", TaskStatus.class);
        Boolean late = overdue == null || overdue.isEmpty() ? null : p.flag(overdue, "overdue", false);
        Integer days = dueWithinDays == null || dueWithinDays.isEmpty() ? null
                : p.whole(dueWithinDays, "dueWithinDays", 0, MAX_DAYS, 0);
        String author = p.text(creator, "creator");
        String team = p.text(group, "group");
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return tasks.find(query(chosenView, Rest.actor(security).name(), new TaskQuery(who, chosen, late, days, author, team, null, null)), page);
    }

    /** The explicit filters narrowed by a view of the caller's own, if one is chosen. */
    static TaskQuery query(TaskView view, String me, TaskQuery q) {
        return view == null ? q : view.apply(me, q);
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Page<AuditEntry> history(@PathParam("id") String id, @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        TaskId task = TaskId.parse(id);
        Params p = new Params();
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return tasks.history(task, page);
    }

    @POST
    @Path("{id}/checklist")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Task addItem(@PathParam("id") String id, NewItem body, @Context SecurityContext security) {
        TaskId task = TaskId.parse(id);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return tasks.addChecklistItem(Rest.actor(security), task, body.text());
    }

    @POST
    @Path("{id}/checklist/check")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Task check(@PathParam("id") String id, Tick body, @Context SecurityContext security) {
        TaskId task = TaskId.parse(id);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        new io.pitstop.core.api.Validation().required(body.index(), "index").required(body.done(), "done").throwIfInvalid();
        return tasks.check(Rest.actor(security), task, body.index(), body.done());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Task get(@PathParam("id") String id) {
        return tasks.get(TaskId.parse(id));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Task status(@PathParam("id") String id, StatusChange body, @Context SecurityContext security) {
        TaskId task = TaskId.parse(id);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return tasks.changeStatus(Rest.actor(security), task, body.status());
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
