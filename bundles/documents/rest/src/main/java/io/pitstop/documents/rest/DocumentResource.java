package io.pitstop.documents.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Rest;
import io.pitstop.documents.api.Document;
import io.pitstop.documents.api.DocumentDraft;
import io.pitstop.documents.api.DocumentLine;
import io.pitstop.documents.api.DocumentService;
import io.pitstop.documents.api.NumberingSeries;
import io.pitstop.documents.api.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/documents}: issue an invoice or an act (numbered, rendered and frozen at once), read it, download
 * its frozen PDF. The sample invoice of an entity is {@code /api/legal-entities/{id}/sample-invoice}.
 */
@Component(service = DocumentResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DocumentResource {
    static final String PDF = "application/pdf";

    @Reference
    private DocumentService documents;

    /** A numbering series: prefix and reset ({@code YEARLY} or {@code RUNNING}). */
    public record Series(@ApiField(required = true) String prefix, @ApiField(required = true) NumberingSeries.Reset reset) {
    }

    /** The buyer or customer. */
    public record Buyer(@ApiField(required = true) String name, String inn, String kpp, String address) {
    }

    /** One line: name, quantity, unit, price including VAT. */
    public record Line(@ApiField(required = true) String name, @ApiField(required = true, positive = true) BigDecimal quantity,
                       String unit, @ApiField(required = true) BigDecimal price) {
    }

    /** The record a document belongs to. */
    public record About(@ApiField(required = true) String type, @ApiField(required = true, format = ApiField.UUID) String id) {
    }

    /** Body of POST /api/documents. {@code issuer}: one of our legal entities, the default one when left out. */
    public record NewDocument(@ApiField(required = true, values = {"act", "invoice"}) String kind,
                              @ApiField(required = true) Series series, @ApiField(format = ApiField.UUID) String issuer,
                              @ApiField(required = true, format = ApiField.DATE) String date,
                              @ApiField(values = {"en", "ru"}) String language, @ApiField(required = true) Buyer buyer,
                              @ApiField(required = true) List<Line> lines, String purpose, About about) {
    }

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response issue(NewDocument body, @Context SecurityContext security, @Context UriInfo uri) {
        Document d = documents.issue(Rest.actor(security), draft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(d.id().toString()).build()).entity(d).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Document get(@PathParam("id") String id, @Context SecurityContext security) {
        return documents.get(Rest.actor(security), TypedId.parse(id, "id"));
    }

    /** The frozen PDF, exactly as issued. */
    /** Any Accept gets the PDF (a client asking for JSON still needs its refusals as problem bodies). */
    @GET
    @Path("{id}/pdf")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response pdf(@PathParam("id") String id, @Context SecurityContext security) {
        Actor actor = Rest.actor(security);
        UUID doc = TypedId.parse(id, "id");
        Document d = documents.get(actor, doc);
        StreamingOutput out = stream -> documents.pdf(actor, doc, stream);
        return Response.ok(out, PDF).header("Content-Disposition", "inline; filename=\"document.pdf\"")
                .header("X-Pitstop-Document-Number", d.number().replaceAll("[^\\p{ASCII}]", "?")).build();
    }

    static DocumentDraft draft(NewDocument b) {
        if (b == null) {
            throw ValidationException.field("body", "is required");
        }
        LocalDate date = null;
        if (b.date() != null) {
            try {
                date = LocalDate.parse(b.date());
            } catch (java.time.format.DateTimeParseException e) {
                throw ValidationException.field("date", "must be a date such as 2026-03-01");
            }
        }
        List<DocumentLine> lines = new ArrayList<>();
        if (b.lines() != null) {
            for (Line l : b.lines()) {
                lines.add(l == null ? null : new DocumentLine(l.name(), l.quantity(), l.unit(), l.price()));
            }
        }
        UUID issuer = b.issuer() == null ? null : TypedId.parse(b.issuer(), "issuer");
        RecordRef about = b.about() == null ? null : new RecordRef(requiredType(b.about().type()), TypedId.parse(b.about().id(), "about.id"));
        return new DocumentDraft(b.kind(), b.series() == null ? null : new NumberingSeries(b.series().prefix(), b.series().reset()),
                issuer, date, b.language(), b.buyer() == null ? null : new Party(b.buyer().name(), b.buyer().inn(),
                b.buyer().kpp(), b.buyer().address()), lines, b.purpose(), about);
    }

    private static String requiredType(String type) {
        if (type == null || type.isBlank()) {
            throw ValidationException.field("about.type", "is required");
        }
        return type.strip();
    }
}
