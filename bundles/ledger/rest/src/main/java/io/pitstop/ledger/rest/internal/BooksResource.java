package io.pitstop.ledger.rest.internal;

import io.pitstop.core.rest.ApiField;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.VerifyResult;
import java.net.URI;
import java.time.LocalDate;
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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Books: balances, statements (JSON or CSV), opening a book for integrators, and the tamper check. */
@Component(service = BooksResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BooksResource {
    static final String CSV = "text/csv";

    @Reference
    private Ledger ledger;

    /**
     * Opens a book outside an account, for integrators and tests; personal accounts open
     * theirs through the accounts service. Repeating it with the same currency is harmless.
     */
    @POST
    @Path("books")
    @RolesAllowed(Actor.ADMIN)
    public Response open(@HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.NewBook body) {
        Rest.idempotencyKey(key);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        UUID book = Requests.book(v, "book", null, body.book(), null);
        v.throwIfInvalid();
        ledger.openBook(book, body.currency(), body.creditLimit(), BookStatus.OPEN, body.timeZone());
        return Response.created(URI.create("ledger/books/" + book + "/balance")).entity(ledger.balance(book)).build();
    }

    @GET
    @Path("books/{book}/balance")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR})
    public BookBalance balance(@PathParam("book") String book) {
        return ledger.balance(Requests.pathBook(book));
    }

    /** JSON by default; CSV with {@code Accept: text/csv} or {@code format=csv}. */
    @GET
    @Path("books/{book}/statement")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Response statement(@PathParam("book") String book,
                              @QueryParam("from") @ApiField(required = true, format = ApiField.DATE) String from,
                              @QueryParam("to") @ApiField(required = true, format = ApiField.DATE) String to,
                              @QueryParam("format") @ApiField(values = {"csv", "json"}) String format, @Context HttpHeaders headers) {
        UUID id = Requests.pathBook(book);
        Validation v = new Validation();
        LocalDate start = Requests.date(v, "from", from);
        LocalDate end = Requests.date(v, "to", to);
        Params p = new Params();
        String chosen = p.oneOf(format, "format", List.of("csv", "json"));
        v.check(p::throwIfInvalid);
        v.throwIfInvalid();
        Statement statement = ledger.statement(id, start, end);
        boolean csv = "csv".equals(chosen) || (chosen == null && headers.getAcceptableMediaTypes().stream()
                .anyMatch(m -> m.isCompatible(MediaType.valueOf(CSV)) && !m.isWildcardType()));
        if (!csv) {
            return Response.ok(statement, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(StatementCsv.render(statement), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"statement-" + id + "-" + start + "-" + end + ".csv\"")
                .build();
    }

    @GET
    @Path("verify")
    @RolesAllowed(Actor.ADMIN)
    public VerifyResult verify() {
        return ledger.verify();
    }
}
