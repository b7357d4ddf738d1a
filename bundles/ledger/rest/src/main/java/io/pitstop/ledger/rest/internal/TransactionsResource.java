package io.pitstop.ledger.rest.internal;

import io.pitstop.core.rest.ApiField;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionId;
import io.pitstop.ledger.api.TransactionType;
import java.time.Instant;
import java.util.ArrayList;
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

/** The journal over HTTP: postings, reversals, payments from integrators, and reads. */
@Component(service = TransactionsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransactionsResource {
    @Reference
    private Ledger ledger;

    public TransactionsResource() {
    }

    TransactionsResource(Ledger ledger) {
        this.ledger = ledger;
    }

    @POST
    @Path("transactions")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response post(@HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.Posting body, @Context SecurityContext security) {
        String idempotencyKey = Rest.idempotencyKey(key);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        List<PostingLine> lines = new ArrayList<>();
        List<Bodies.Line> given = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < given.size(); i++) {
            Bodies.Line line = given.get(i);
            lines.add(line == null ? new PostingLine(null, null, null, null) : new PostingLine(
                    Requests.book(v, "lines[" + i + "].book", line.accountId(), line.book(), line.houseBook()),
                    line.amount(), line.currency(), line.memo()));
        }
        Actor actor = Rest.actor(security);
        PostingRequest request = new PostingRequest(idempotencyKey, body.type(), body.reason(), body.sourceDocument(), lines,
                Boolean.TRUE.equals(body.allowOverdraft()));
        List<FieldError> errors = new ArrayList<>(errorsOf(v));
        if (errors.isEmpty()) {
            return Requests.written(ledger.post(actor, request));
        }
        // a line whose book reference is unreadable goes to the ledger without a book, which it always
        // refuses; its answer adds the other fields' errors, so the caller sees every problem at once
        try {
            ledger.post(actor, request);
        } catch (ValidationException e) {
            e.fieldErrors().stream().filter(f -> errors.stream().noneMatch(mine -> mine.field().equals(f.field())))
                    .forEach(errors::add);
        }
        throw new ValidationException(errors);
    }

    private static List<FieldError> errorsOf(Validation v) {
        try {
            v.throwIfInvalid();
            return List.of();
        } catch (ValidationException e) {
            return e.fieldErrors();
        }
    }

    @GET
    @Path("transactions")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public Page<LedgerTransaction> journal(@QueryParam("book") String book,
                                           @QueryParam("from") @ApiField(format = ApiField.DATE_OR_INSTANT) String from,
                                           @QueryParam("to") @ApiField(format = ApiField.DATE_OR_INSTANT) String to, @QueryParam("type") String type,
                                           @QueryParam("author") String author,
                                           @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Params p = new Params();
        String bookText = p.text(book, "book");
        String typeText = p.text(type, "type");
        String authorText = p.text(author, "author");
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        Validation v = new Validation();
        Instant start = Requests.instant(v, "from", from, false);
        Instant end = Requests.instant(v, "to", to, true);
        v.throwIfInvalid();
        UUID bookId = bookText == null ? null : Requests.pathBook(bookText);
        return ledger.journal(new JournalQuery(bookId, start, end, typeText, authorText), page);
    }

    @GET
    @Path("transactions/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public LedgerTransaction get(@PathParam("id") String id) {
        return ledger.get(TransactionId.parse(id));
    }

    @POST
    @Path("transactions/{id}/reversal")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response reverse(@PathParam("id") String id, @HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.Reversal body,
                            @Context SecurityContext security) {
        String idempotencyKey = Rest.idempotencyKey(key);
        return Requests.written(ledger.reverse(Rest.actor(security), TransactionId.parse(id),
                body == null ? null : body.reason(), idempotencyKey));
    }

    /**
     * A payment received for a personal account (the integrators' entry point for bank
     * statements): a {@code topup} that debits the {@code bank} house book.
     */
    @POST
    @Path("payments")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.INTEGRATOR})
    public Response payment(@HeaderParam(Rest.IDEMPOTENCY_KEY) String key, Bodies.Payment body, @Context SecurityContext security) {
        String idempotencyKey = Rest.idempotencyKey(key);
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        Validation v = new Validation();
        UUID account = body.accountId() == null ? null : Requests.book(v, "accountId", body.accountId(), null, null);
        v.required(body.accountId(), "accountId");
        v.required(body.amount(), "amount");
        v.require(body.amount() == null || body.amount().signum() > 0, "amount", "must be greater than zero");
        v.required(body.reference(), "reference");
        v.maxLength(body.reference(), 200, "reference");
        v.maxLength(body.payer(), 300, "payer");
        v.throwIfInvalid();
        String currency = body.currency() == null ? Money.RUB : body.currency();
        String reason = body.payer() == null || body.payer().isBlank() ? "Payment received" : "Payment from " + body.payer();
        return Requests.written(ledger.post(Rest.actor(security), new PostingRequest(idempotencyKey, TransactionType.TOPUP,
                reason, body.reference(), List.of(
                        new PostingLine(HouseBook.BANK.bookId(), body.amount().negate(), currency, body.reference()),
                        new PostingLine(account, body.amount(), currency, body.reference())), false)));
    }
}
