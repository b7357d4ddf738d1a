package io.pitstop.core.rest.internal;

import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/dead-letters}: what integration routes could not process. */
@Component(service = DeadLetterResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("dead-letters")
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {
    @Reference
    private DeadLetters deadLetters;

    @GET
    @RolesAllowed({"admin", "integrator"})
    public Page<DeadLetter> list(@QueryParam("source") String source, @QueryParam("offset") String offset,
                                 @QueryParam("limit") String limit) {
        Params p = new Params();
        String from = p.text(source, "source");
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return deadLetters.list(from, page);
    }
}
