package io.pitstop.timeline.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.timeline.api.Comment;
import io.pitstop.timeline.api.CommentService;
import java.net.URI;
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
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/comments}: comments on any record, by the staff roles that read records. */
@Component(service = CommentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CommentResource {
    @Reference
    private CommentService comments;

    /** Body of POST and PUT: the comment's text, with {@code @login} to mention a colleague. */
    public record Text(@ApiField(required = true) @FreeText String text) {
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Response add(@QueryParam("recordType") @ApiField(required = true) String recordType,
                        @QueryParam("recordId") @ApiField(required = true, format = ApiField.UUID) String recordId,
                        Text body, @Context SecurityContext security, @Context UriInfo uri) {
        Params p = new Params();
        Validation v = new Validation();
        RecordRef record = RecordParams.read(p, v, recordType, recordId);
        v.check(p::throwIfInvalid);
        v.require(body != null, "body", "is required");
        v.throwIfInvalid();
        Comment c = comments.add(Rest.actor(security), record, body.text());
        URI location = uri.getBaseUriBuilder().path("comments").path(c.id().toString()).build();
        return Response.created(location).entity(c).build();
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Page<Comment> find(@QueryParam("recordType") @ApiField(required = true) String recordType,
                              @QueryParam("recordId") @ApiField(required = true, format = ApiField.UUID) String recordId,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        Validation v = new Validation();
        RecordRef record = RecordParams.read(p, v, recordType, recordId);
        PageRequest page = p.page(offset, limit);
        v.check(p::throwIfInvalid);
        v.throwIfInvalid();
        return comments.find(record, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Comment get(@PathParam("id") String id) {
        return comments.get(TypedId.parse(id, "id"));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Comment edit(@PathParam("id") String id, Text body, @Context SecurityContext security) {
        UUID comment = TypedId.parse(id, "id");
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return comments.edit(Rest.actor(security), comment, body.text());
    }

    /** Leaves the trace (who deleted it, when) and answers it. */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Comment delete(@PathParam("id") String id, @Context SecurityContext security) {
        return comments.delete(Rest.actor(security), TypedId.parse(id, "id"));
    }
}
