package io.pitstop.ledger.rest.internal;

import io.pitstop.core.rest.ApiField;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.ledger.api.CaptureRequest;
import io.pitstop.ledger.api.Hold;
import io.pitstop.ledger.api.HoldId;
import io.pitstop.ledger.api.HoldRequest;
import io.pitstop.ledger.api.Ledger;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
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

/** Two-phase holds over HTTP: reserve, capture (fully or partly) or void. */
@Component(service = HoldsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("ledger/holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldsResource {
    @Reference
    private Ledger ledger;

    public HoldsResource() {
    }

    HoldsResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response hold(@HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.NewHold body, @Context SecurityContext security) {
        String idempotencyKey = Rest.idempotencyKey(key);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        UUID book = Requests.book(v, "book", body.accountId(), body.book(), body.houseBook());
        v.throwIfInvalid();
        Hold hold = ledger.hold(Rest.actor(security), new HoldRequest(idempotencyKey, book, body.amount(), body.currency(),
                body.reason(), body.expiresAt()));
        return Response.created(URI.create("ledger/holds/" + hold.id())).entity(hold).build();
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public List<Hold> holds(@QueryParam("book") @ApiField(required = true) String book, @QueryParam("pending") @ApiField(as = boolean.class) String pending) {
        Params p = new Params();
        String bookText = p.text(book, "book");
        boolean onlyPending = p.flag(pending, "pending", false);
        p.throwIfInvalid();
        if (bookText == null) {
            throw ValidationException.field("book", "is required");
        }
        return ledger.holds(Requests.pathBook(bookText), onlyPending);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Hold get(@PathParam("id") String id) {
        return ledger.getHold(HoldId.parse(id));
    }

    @POST
    @Path("{id}/capture")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response capture(@PathParam("id") String id, @HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.Capture body,
                            @Context SecurityContext security) {
        String idempotencyKey = Rest.idempotencyKey(key);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        UUID counter = Requests.book(v, "counterBook", null, body.counterBook(), body.houseBook());
        v.throwIfInvalid();
        return Requests.written(ledger.capture(Rest.actor(security), HoldId.parse(id),
                new CaptureRequest(idempotencyKey, body.amount(), counter, body.reason())));
    }

    /**
     * Like every money write, voiding takes an Idempotency-Key: a repeat with it answers the voided
     * hold ({@code replayed}), a void of a hold voided under another key is a 409.
     */
    @POST
    @Path("{id}/void")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Hold voidHold(@PathParam("id") String id, @HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.Void body,
                         @Context SecurityContext security) {
        String idempotencyKey = Rest.idempotencyKey(key);
        return ledger.voidHold(Rest.actor(security), HoldId.parse(id), body == null ? null : body.reason(), idempotencyKey);
    }
}
