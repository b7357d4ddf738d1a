package io.pitstop.kso.rest.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardService;
import java.util.List;
import java.util.Locale;
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

/** {@code /api/kso/applications}: file credit applications from an offer, read them, move them through their stages. */
@Component(service = ApplicationsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("kso/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationsResource {
    @Reference
    private ApplicationService applications;

    @Reference
    private RewardService rewards;

    /** An application with the rewards its loan brought (empty until it is issued). */
    public record ApplicationView(CreditApplication application, List<Reward> rewards) {
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Response create(ApplicationBodies.NewApplication body, @Context SecurityContext security, @Context UriInfo uri) {
        CreditApplication a = applications.create(Rest.actor(security), ApplicationBodies.draft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(new ApplicationView(a, List.of())).build();
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public Page<CreditApplication> find(@QueryParam("contactId") @ApiField(format = ApiField.UUID) String contactId,
                                        @QueryParam("status") @ApiField(values = {"draft", "questionnaire", "documents",
                                                "sent", "approved", "declined", "offer_confirmed", "issued"}) String status,
                                        @QueryParam(Params.OFFSET) String offset, @QueryParam(Params.LIMIT) String limit) {
        Params p = new Params();
        String contact = p.text(contactId, "contactId");
        String code = p.oneOf(status, "status", java.util.Arrays.stream(ApplicationStatus.values())
                .map(ApplicationStatus::code).toList());
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        UUID id = contact == null ? null : TypedId.parse(contact, "contactId");
        return applications.find(id, code == null ? null : ApplicationStatus.valueOf(code.toUpperCase(Locale.ROOT)), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public ApplicationView get(@PathParam("id") String id) {
        UUID applicationId = TypedId.parse(id, "id");
        return new ApplicationView(applications.get(applicationId), rewards.forApplication(applicationId));
    }

    /** Moves the application to the next stage (or back one before sending); {@code issued} posts the rewards. */
    @POST
    @Path("{id}/status")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER})
    public ApplicationView move(@PathParam("id") String id, ApplicationBodies.StatusChange body,
                                @Context SecurityContext security) {
        UUID applicationId = TypedId.parse(id, "id");
        if (body == null) {
            throw io.pitstop.core.api.ValidationException.field("body", "is required");
        }
        Params p = new Params();
        String code = p.oneOf(body.status(), "status", java.util.Arrays.stream(ApplicationStatus.values())
                .map(ApplicationStatus::code).toList());
        if (body.status() == null) {
            throw io.pitstop.core.api.ValidationException.field("status", "is required");
        }
        p.throwIfInvalid();
        CreditApplication a = applications.move(Rest.actor(security), applicationId,
                ApplicationStatus.valueOf(code.toUpperCase(Locale.ROOT)), blankToNull(body.comment()));
        return new ApplicationView(a, rewards.forApplication(applicationId));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
