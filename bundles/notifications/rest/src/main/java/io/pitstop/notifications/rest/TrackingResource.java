package io.pitstop.notifications.rest;

import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Rest;
import io.pitstop.notifications.api.Notifications;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.annotation.security.PermitAll;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The open pixel and click redirect of e-mails (seed 001: «Открыто», clicked). Reached by a mail reader without a
 * login, so bound to the message's unguessable token (a random UUID) instead. The pixel is always a picture (a mail
 * reader shows no broken image) and marks only the message of its token; the redirect goes only to a link the
 * message carried when it was sent, never to a URL a stranger puts in {@code u}: any other link or token is a 404
 * that redirects nowhere, a page saying the link is not valid for a browser (a person clicked it in a mail reader)
 * and a problem body for a program.
 */
@Component(service = TrackingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("notifications")
public class TrackingResource {
    /** A transparent 1×1 GIF. */
    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    static final String INVALID = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Pitstop</title></head><body>"
            + "<p lang=\"ru\">Ссылка недействительна.</p><p lang=\"en\">This link is not valid.</p></body></html>";

    @Reference
    private Notifications notifications;

    @GET
    @Path("o/{file}")
    @PermitAll
    public Response open(@PathParam("file") String file) {
        String token = file.endsWith(".gif") ? file.substring(0, file.length() - 4) : "";
        if (!TOKEN.matcher(token).matches()) {
            throw new NotFoundException("notification-message", "token");
        }
        notifications.opened(token);
        CacheControl noCache = new CacheControl();
        noCache.setNoStore(true);
        return Response.ok(PIXEL, "image/gif").cacheControl(noCache).build();
    }

    @GET
    @Path("c/{token}")
    @PermitAll
    public Response click(@PathParam("token") @ApiField(format = ApiField.UUID) String token,
                          @QueryParam("u") @ApiField(required = true) String url, @Context HttpHeaders headers) {
        if (url == null || url.isEmpty()) {
            throw ValidationException.field("u", "is required");
        }
        if (url.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw ValidationException.field("u", "must be a link without control characters");
        }
        if (!TOKEN.matcher(token).matches()) {
            return notValid(headers);
        }
        return notifications.clicked(token, url).map(target -> Response.seeOther(URI.create(target)).build())
                .orElseGet(() -> notValid(headers));
    }

    /** 404 either way: the page for a person's browser, the problem body for anything else. */
    static Response notValid(HttpHeaders headers) {
        if (wantsPage(headers.getAcceptableMediaTypes())) {
            return Response.status(Response.Status.NOT_FOUND).type("text/html; charset=UTF-8").entity(INVALID).build();
        }
        throw new NotFoundException("notification-link", "token");
    }

    /** A browser names text/html itself; a wildcard alone (curl, a client library) gets the problem body. */
    static boolean wantsPage(List<MediaType> acceptable) {
        return acceptable.stream().anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html"));
    }
}
