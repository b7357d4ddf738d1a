package io.pitstop.documents.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.DocumentService;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.LegalEntityDraft;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.documents.api.Signatory;
import io.pitstop.documents.api.VatMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/legal-entities}: our legal entities. Staff read them; administrators create and change them. A bank
 * account whose control key does not match its BIC is saved and named in the answer's {@code warnings}.
 */
@Component(service = LegalEntityResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("legal-entities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalEntityResource {
    @Reference
    private LegalEntityService entities;

    @Reference
    private DocumentService documents;

    /** A settlement account: 20 digits, the bank, its 9-digit BIC and 20-digit correspondent account. */
    public record Account(@ApiField(required = true) String account, @ApiField(required = true) String bankName,
                          @ApiField(required = true) String bic, String correspondentAccount) {
    }

    /** A signatory: name, position, authority (basis). */
    public record Person(String name, String position, String basis) {
    }

    /** Body of POST and PUT. {@code logo}, {@code stamp}: image attachments on the entity's record. */
    public record Entity(@ApiField(required = true) String fullName, @ApiField(required = true) String shortName,
                         @ApiField(required = true) String inn, String kpp, String ogrn, String legalAddress,
                         String postalAddress, List<Account> bankAccounts, Person director, Person chiefAccountant,
                         @ApiField(required = true) VatMode vatMode, Boolean defaultEntity, Integer closedThrough,
                         @ApiField(format = ApiField.UUID) String logo, @ApiField(format = ApiField.UUID) String stamp) {
    }

    @GET
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public List<LegalEntity> list(@Context SecurityContext security) {
        return entities.list(Rest.actor(security));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT})
    public LegalEntity get(@PathParam("id") String id, @Context SecurityContext security) {
        return entities.get(Rest.actor(security), TypedId.parse(id, "id"));
    }

    @POST
    @RolesAllowed(Actor.ADMIN)
    public Response create(Entity body, @Context SecurityContext security, @Context UriInfo uri) {
        LegalEntity e = entities.create(Rest.actor(security), draft(body));
        return Response.created(uri.getAbsolutePathBuilder().path(e.id().toString()).build()).entity(e).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Actor.ADMIN)
    public LegalEntity update(@PathParam("id") String id, Entity body, @Context SecurityContext security) {
        UUID entity = TypedId.parse(id, "id");
        return entities.update(Rest.actor(security), entity, draft(body));
    }

    /**
     * A sample invoice of the entity in {@code language} ({@code ru} by default), rendered now and stored nowhere:
     * for an administrator checking requisites, logo and stamp before the first real document.
     */
    @GET
    @Path("{id}/sample-invoice")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Actor.ADMIN)
    public Response sampleInvoice(@PathParam("id") String id,
                                  @QueryParam("language") @ApiField(values = {"en", "ru"}) String language,
                                  @Context SecurityContext security) {
        UUID entity = TypedId.parse(id, "id");
        Params p = new Params();
        String lang = p.oneOf(language, "language", List.of("en", "ru"));
        p.throwIfInvalid();
        // an unknown entity in the path is a 404 like every read of it, not a wrong issuer field
        entities.get(Rest.actor(security), entity);
        byte[] pdf = documents.preview(Rest.actor(security), entity, lang);
        return Response.ok(pdf, "application/pdf").build();
    }

    static LegalEntityDraft draft(Entity b) {
        if (b == null) {
            throw ValidationException.field("body", "is required");
        }
        List<BankAccount> accounts = new ArrayList<>();
        if (b.bankAccounts() != null) {
            for (Account a : b.bankAccounts()) {
                accounts.add(a == null ? null : new BankAccount(a.account(), a.bankName(), a.bic(), a.correspondentAccount()));
            }
        }
        UUID logo = b.logo() == null ? null : TypedId.parse(b.logo(), "logo");
        UUID stamp = b.stamp() == null ? null : TypedId.parse(b.stamp(), "stamp");
        return new LegalEntityDraft(b.fullName(), b.shortName(), b.inn(), b.kpp(), b.ogrn(), b.legalAddress(),
                b.postalAddress(), accounts, person(b.director()), person(b.chiefAccountant()), b.vatMode(),
                b.defaultEntity(), b.closedThrough(), logo, stamp);
    }

    private static Signatory person(Person p) {
        return p == null ? null : new Signatory(p.name(), p.position(), p.basis());
    }
}
