package io.pitstop.core.rest.internal;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.jobs.JobRun;
import io.pitstop.core.api.jobs.JobSchedule;
import io.pitstop.core.api.jobs.JobStatus;
import io.pitstop.core.api.jobs.JobType;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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
 * {@code /api/jobs}: background runs, their progress and their schedules. Any staff role may call it; what a caller
 * sees and may do is limited to the job types they may run (an administrator: all; a type's own roles).
 */
@Component(service = JobsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobsResource {
    @Reference
    private Jobs jobs;

    /** Body of POST /api/jobs. */
    public record NewRun(@ApiField(required = true) String type, List<Parameter> parameters) {
    }

    /** One parameter of a run or schedule (a list rather than an object, so every name is a checked text). */
    public record Parameter(@ApiField(required = true) String name, @ApiField(required = true) String value) {
    }

    /** Body of POST /api/jobs/schedules. */
    public record NewSchedule(@ApiField(required = true) String type, @ApiField(required = true) String cron,
                              @ApiField(format = ApiField.TIME_ZONE) String zone, List<Parameter> parameters) {
    }

    /** A job type as GET /api/jobs/types lists it. */
    public record TypeView(String name, Map<String, String> labels, Set<String> roles) {
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Page<JobRun> list(@QueryParam("type") String type, @QueryParam("status") @ApiField(valuesOf = JobStatus.class) String status,
                             @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                             @Context SecurityContext security) {
        Params p = new Params();
        String t = p.text(type, "type");
        JobStatus s = p.choice(status, "status", JobStatus.class);
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return jobs.list(Rest.actor(security), t, s, page);
    }

    @GET
    @Path("types")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<TypeView> types(@Context SecurityContext security) {
        Actor actor = Rest.actor(security);
        return jobs.types().stream().filter(t -> jobs.mayRun(actor, t.name()))
                .map((JobType t) -> new TypeView(t.name(), t.labels(), t.roles())).toList();
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Response start(NewRun body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.field("type", "is required");
        }
        JobRun run = jobs.start(Rest.actor(security), body.type(), parameters(body.parameters()));
        return Response.created(uri.getAbsolutePathBuilder().path(run.id().toString()).build()).entity(run).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public JobRun get(@PathParam("id") @ApiField(format = ApiField.UUID) String id, @Context SecurityContext security) {
        UUID runId = id(id);
        JobRun run = jobs.find(runId).orElseThrow(() -> new NotFoundException("job run", id));
        if (!jobs.mayRun(Rest.actor(security), run.type())) {
            // a run the caller may not see is answered like one that does not exist
            throw new NotFoundException("job run", id);
        }
        return run;
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public JobRun cancel(@PathParam("id") @ApiField(format = ApiField.UUID) String id, @Context SecurityContext security) {
        return jobs.cancel(Rest.actor(security), id(id));
    }

    @POST
    @Path("{id}/resume")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public JobRun resume(@PathParam("id") @ApiField(format = ApiField.UUID) String id, @Context SecurityContext security) {
        return jobs.resume(Rest.actor(security), id(id));
    }

    @GET
    @Path("schedules")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<JobSchedule> schedules(@Context SecurityContext security) {
        return jobs.schedules(Rest.actor(security));
    }

    @POST
    @Path("schedules")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Response schedule(NewSchedule body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.field("cron", "is required");
        }
        JobSchedule s = jobs.schedule(Rest.actor(security), body.type(), body.cron(), body.zone(), parameters(body.parameters()));
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).entity(s).build();
    }

    @DELETE
    @Path("schedules/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Response unschedule(@PathParam("id") @ApiField(format = ApiField.UUID) String id, @Context SecurityContext security) {
        jobs.unschedule(Rest.actor(security), id(id));
        return Response.noContent().build();
    }

    private static Map<String, String> parameters(List<Parameter> list) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (list == null) {
            return out;
        }
        io.pitstop.core.api.Validation v = new io.pitstop.core.api.Validation();
        for (int i = 0; i < list.size(); i++) {
            Parameter p = list.get(i);
            v.require(p != null, "parameters[" + i + "]", "must be an object with name and value");
            if (p != null) {
                v.required(p.name(), "parameters[" + i + "].name");
                v.required(p.value(), "parameters[" + i + "].value");
                v.require(p.name() == null || !out.containsKey(p.name()), "parameters[" + i + "].name", "is given twice");
                if (p.name() != null && p.value() != null) {
                    out.put(p.name(), p.value());
                }
            }
        }
        v.throwIfInvalid();
        return out;
    }

    /** An id in the path that is not a UUID names nothing: 404, like an unknown one. */
    private static UUID id(String text) {
        Params p = new Params();
        String checked = p.text(text, "id");
        p.throwIfInvalid();
        try {
            if (checked != null && checked.length() == 36) {
                return UUID.fromString(checked);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new NotFoundException("job run", text);
    }
}
