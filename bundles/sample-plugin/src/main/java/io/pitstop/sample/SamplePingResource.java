package io.pitstop.sample;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Rest;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineEntry;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
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
 * {@code GET /api/sample/ping}: proof that a plugin's REST resource (and its message catalogue) comes and goes with its
 * feature; {@code POST /api/sample/visits} records the plugin's own timeline kind.
 */
@Component(service = SamplePingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("sample")
@Produces(MediaType.APPLICATION_JSON)
public class SamplePingResource {
    /** The plugin's own timeline kind. */
    static final String VISIT = "sample.visit";

    @Reference
    private Timeline timeline;

    @Reference
    private ContactService contacts;

    @GET
    @Path("ping")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Map<String, Boolean> ping() {
        return Map.of("pong", true);
    }

    /**
     * {@code GET /api/sample/refusal}: always refused, so that the plugin's own message catalogue can be seen at
     * work: with {@code Accept-Language: ru} the answer is Russian while the plugin is installed.
     */
    @GET
    @Path("refusal")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Map<String, Boolean> refusal() {
        throw new BusinessRuleException("sample-refusal", "The sample plugin refuses this on purpose");
    }

    /**
     * {@code POST /api/sample/visits?contactId=}: a {@code sample.visit} entry on the contact's timeline, written in
     * English with its Russian from the plugin's catalogue; both stay readable after the plugin is uninstalled.
     */
    @POST
    @Path("visits")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Response visit(@QueryParam("contactId") @ApiField(required = true, format = ApiField.UUID) String contactId,
                          @Context SecurityContext security) {
        ContactId contact = new ContactId(TypedId.parse(contactId, "contactId"));
        try {
            contacts.get(contact);
        } catch (NotFoundException e) {
            throw ValidationException.field("contactId", "no contact with id " + contact);
        }
        Actor actor = Rest.actor(security);
        TimelineEntry entry = timeline.record(EntryDraft.of(VISIT, actor.name(), "Sample visit by " + actor.name(), contact.ref()));
        return Response.status(Response.Status.CREATED).entity(Map.of("entryId", entry.id().toString())).build();
    }

    /** {@code GET /api/sample/operator}: only for holders of the plugin's own role ({@link SampleOperatorRole}). */
    @GET
    @Path("operator")
    @RolesAllowed(SampleOperatorRole.NAME)
    public Map<String, Boolean> operator() {
        return Map.of("operator", true);
    }
}
