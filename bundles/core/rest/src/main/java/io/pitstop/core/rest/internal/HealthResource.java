package io.pitstop.core.rest.internal;

import io.pitstop.core.rest.Rest;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Liveness for load balancers and the start script; open to everyone and says nothing private. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
    @GET
    @PermitAll
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }
}
