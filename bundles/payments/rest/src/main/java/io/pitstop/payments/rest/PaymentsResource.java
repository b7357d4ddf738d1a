package io.pitstop.payments.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.UnsupportedMediaException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.payments.api.Payment;
import io.pitstop.payments.api.PaymentDetail;
import io.pitstop.payments.api.PaymentQuery;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.payments.api.PaymentStatus;
import io.pitstop.payments.api.StatementReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/payments}: a bank statement as the body (the import's report), the payments and the unmatched queue,
 * a payment with its suggestions, assignment by hand and marking for return. Assignment needs no idempotency key of
 * its own: the posting is keyed by the payment's natural key, and a repeat finds the payment out of the queue (409).
 */
@Component(service = PaymentsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentsResource {
    /** A day's statement is kilobytes to a few hundred; the body cap is 1 MiB anyway. */
    private static final int MAX_FILE = 1024 * 1024;
    /** What a statement may be declared as; a browser or a bank's client often says only octet-stream. */
    private static final List<MediaType> FILE_TYPES = List.of(MediaType.TEXT_PLAIN_TYPE, new MediaType("text", "csv"),
            MediaType.APPLICATION_OCTET_STREAM_TYPE);

    @Reference
    private PaymentService payments;

    /** Body of POST /api/payments/{id}/assign. */
    public record AssignBody(@ApiField(required = true, format = ApiField.UUID) String accountId, @FreeText String note) {
    }

    /** Body of POST /api/payments/{id}/return. */
    public record ReturnBody(@ApiField(required = true) @FreeText String reason) {
    }

    /** The statement file as the body (1C ClientBankExchange in any of its charsets, or CSV); answers the report. */
    @POST
    @Path("statements")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.INTEGRATOR})
    public StatementReport importStatement(InputStream body, @Context HttpHeaders headers, @Context SecurityContext security)
            throws IOException {
        MediaType type = headers.getMediaType();
        if (type != null && FILE_TYPES.stream().noneMatch(t -> t.isCompatible(type))) {
            throw new UnsupportedMediaException("must be a text statement (text/plain, text/csv or application/octet-stream)");
        }
        byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_FILE + 1);
        if (content.length > MAX_FILE) {
            throw ValidationException.field("file", "must be at most 1 MiB");
        }
        if (binary(content)) {
            throw new UnsupportedMediaException("must be a text statement, not a binary file");
        }
        return payments.importStatement(Rest.actor(security), content, "api");
    }

    /** Control bytes no statement text holds in any of its charsets (an executable, an archive, a PDF's streams). */
    static boolean binary(byte[] content) {
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return true;
            }
        }
        return false;
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public Page<Payment> list(@QueryParam("status") @ApiField(valuesOf = PaymentStatus.class) String status,
                              @QueryParam("accountId") @ApiField(format = ApiField.UUID) String accountId,
                              @QueryParam(Params.OFFSET) String offset, @QueryParam(Params.LIMIT) String limit) {
        Params p = new Params();
        PaymentStatus s = p.choice(status, "status", PaymentStatus.class);
        String account = p.text(accountId, "accountId");
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return payments.list(new PaymentQuery(s, account == null ? null : TypedId.parse(account, "accountId")), page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public PaymentDetail get(@PathParam("id") String id) {
        return payments.get(TypedId.parse(id, "id"));
    }

    @POST
    @Path("{id}/assign")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Payment assign(@PathParam("id") String id, AssignBody body, @Context SecurityContext security) {
        UUID paymentId = TypedId.parse(id, "id");
        if (body == null || body.accountId() == null) {
            throw ValidationException.field("accountId", "is required");
        }
        return payments.assign(Rest.actor(security), paymentId, TypedId.parse(body.accountId(), "accountId"), body.note());
    }

    @POST
    @Path("{id}/return")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Payment markForReturn(@PathParam("id") String id, ReturnBody body, @Context SecurityContext security) {
        UUID paymentId = TypedId.parse(id, "id");
        if (body == null || body.reason() == null || body.reason().isBlank()) {
            throw ValidationException.field("reason", "is required");
        }
        return payments.markForReturn(Rest.actor(security), paymentId, body.reason());
    }
}
