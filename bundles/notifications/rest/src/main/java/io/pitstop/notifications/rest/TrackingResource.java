package io.pitstop.notifications.rest;

import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.rest.Rest;
import io.pitstop.notifications.api.Notifications;
import java.net.URI;
import java.util.Base64;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The open pixel and click redirect of e-mails (seed 001: «Открыто», clicked). Reached by a mail reader without a
 * login, so bound to the message's unguessable token instead: an unknown token is a 404, and the redirect goes only
 * to a link the message carried when it was sent, never to a URL a stranger puts in {@code u}.
 */
@Component(service = TrackingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("notifications")
public class TrackingResource {
    /** A transparent 1×1 GIF. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    @Reference
    private Notifications notifications;

    @GET
    @Path("o/{file}")
    @Produces("image/gif")
    @PermitAll
    public Response open(@PathParam("file") String file) {
        String token = file.endsWith(".gif") ? file.substring(0, file.length() - 4) : "";
        if (!notifications.opened(token)) {
            throw new NotFoundException("notification-message", "token");
        }
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.ok(PIXEL, "image/gif").cacheControl(noCache).build();
    }

    @GET
    @Path("c/{token}")
    @PermitAll
    public Response click(@PathParam("token") String token, @QueryParam("u") String url) {
        String target = notifications.clicked(token, url)
                .orElseThrow(() -> new NotFoundException("notification-link", "token"));
        return Response.seeOther(URI.create(target)).build();
    }
}
