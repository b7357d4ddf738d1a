package io.pitstop.attachments.rest;

import io.pitstop.attachments.api.Attachment;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.attachments.api.UnacceptableFileException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/attachments}: files on any record. The upload's body is the file itself, of any media type, with its
 * name in {@code Content-Disposition}; what may be read follows the record the file hangs on.
 */
@Component(service = AttachmentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("attachments")
@Produces(MediaType.APPLICATION_JSON)
public class AttachmentResource {
    @Reference
    private AttachmentService attachments;

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Response upload(@QueryParam("recordType") @ApiField(required = true) String recordType,
                           @QueryParam("recordId") @ApiField(required = true, format = ApiField.UUID) String recordId,
                           @HeaderParam(ContentDisposition.HEADER) @ApiField(required = true) String disposition,
                           @Context HttpHeaders headers, InputStream body, @Context SecurityContext security,
                           @Context UriInfo uri) {
        RecordRef record = record(recordType, recordId);
        Params p = new Params();
        p.text(disposition, ContentDisposition.HEADER);
        p.throwIfInvalid();
        String name = ContentDisposition.fileName(disposition);
        // a declared length over the limit is refused before a byte of the body is read
        if (headers.getLength() > attachments.maxBytes()) {
            throw UnacceptableFileException.tooLarge(attachments.maxBytes());
        }
        MediaType type = headers.getMediaType();
        Attachment a = attachments.attach(Rest.actor(security), record, name, type == null ? null : type.toString(), body);
        URI location = uri.getBaseUriBuilder().path("attachments").path(a.id().toString()).build();
        return Response.created(location).entity(a).build();
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public List<Attachment> list(@QueryParam("recordType") @ApiField(required = true) String recordType,
                                 @QueryParam("recordId") @ApiField(required = true, format = ApiField.UUID) String recordId,
                                 @Context SecurityContext security) {
        return attachments.list(Rest.actor(security), record(recordType, recordId));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Attachment get(@PathParam("id") String id, @Context SecurityContext security) {
        return attachments.get(Rest.actor(security), TypedId.parse(id, "id"));
    }

    /** The content with its stored type and name; the role check runs before the first byte is sent. */
    @GET
    @Path("{id}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public Response content(@PathParam("id") String id, @Context SecurityContext security) {
        Actor actor = Rest.actor(security);
        UUID file = TypedId.parse(id, "id");
        Attachment a = attachments.get(actor, file);
        StreamingOutput out = stream -> attachments.content(actor, file, stream);
        return Response.ok(out, a.mediaType())
                .header(ContentDisposition.HEADER, ContentDisposition.header(a.name()))
                .header(HttpHeaders.CONTENT_LENGTH, a.size())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Response detach(@PathParam("id") String id, @Context SecurityContext security) {
        attachments.detach(Rest.actor(security), TypedId.parse(id, "id"));
        return Response.noContent().build();
    }

    /** The record of the query, both parameters checked by the input rules and reported together. */
    static RecordRef record(String recordType, String recordId) {
        Params p = new Params();
        String type = p.text(recordType, "recordType");
        p.throwIfInvalid();
        if (type == null || type.isBlank()) {
            throw ValidationException.field("recordType", "is required: contact, account, task or a plugin's record type");
        }
        return new RecordRef(type.strip(), TypedId.parse(recordId, "recordId"));
    }
}
