package io.pitstop.core.rest.internal;

import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetterQuery;
import io.pitstop.core.api.DeadLetterStatus;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
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
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/dead-letters}: what integration routes could not process, for administrators and integrators to
 * read, send through their route again, or close with a comment.
 */
@Component(service = DeadLetterResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    @Reference
    private DeadLetters deadLetters;

    /** Why a letter is closed by hand: a paragraph, so line breaks are allowed. */
    public record Resolution(@ApiField(required = true) @FreeText String comment) {
    }

    @GET
    @RolesAllowed({"admin", "integrator"})
    public Page<DeadLetter> list(@QueryParam("source") String source, @QueryParam("route") String route,
                                 @QueryParam("status") @ApiField(valuesOf = DeadLetterStatus.class) String status,
                                 @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        String from = p.text(source, "source");
        String through = p.text(route, "route");
        DeadLetterStatus state = p.choice(status, "status", DeadLetterStatus.class);
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return deadLetters.list(new DeadLetterQuery(from, through, state), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "integrator"})
    public DeadLetter get(@PathParam("id") String id) {
        return deadLetters.get(id(id));
    }

    @POST
    @Path("{id}/reprocess")
    @RolesAllowed({"admin", "integrator"})
    public DeadLetter reprocess(@PathParam("id") String id, @Context SecurityContext security) {
        return deadLetters.reprocess(Rest.actor(security), id(id));
    }

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "integrator"})
    public DeadLetter resolve(@PathParam("id") String id, Resolution body, @Context SecurityContext security) {
        UUID letter = id(id);
        return deadLetters.resolve(Rest.actor(security), letter, body == null ? null : body.comment());
    }

    private static UUID id(String text) {
        return TypedId.parse(text, "id");
    }
}
