package io.pitstop.sample;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.rest.Rest;
import java.util.Map;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/sample/ping}: proof that a plugin's REST resource (and its message catalogue) comes and goes with its feature. */
@Component(service = SamplePingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("sample")
@Produces(MediaType.APPLICATION_JSON)
public class SamplePingResource {
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

    /** {@code GET /api/sample/operator}: only for holders of the plugin's own role ({@link SampleOperatorRole}). */
    @GET
    @Path("operator")
    @RolesAllowed(SampleOperatorRole.NAME)
    public Map<String, Boolean> operator() {
        return Map.of("operator", true);
    }
}
