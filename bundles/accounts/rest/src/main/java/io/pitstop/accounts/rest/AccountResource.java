package io.pitstop.accounts.rest;

import io.pitstop.core.rest.ApiField;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountChange;
import io.pitstop.accounts.api.AccountDraft;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.Ledger;
import java.math.BigDecimal;
import java.net.URI;
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

/** {@code /api/accounts}: personal accounts and their balances. */
@Component(service = AccountResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {
    @Reference
    private AccountService accounts;

    @Reference
    private Ledger ledger;

    @Reference
    private AuditService audit;

    /** Body of POST /api/accounts. */
    public record OpenAccount(@ApiField(required = true, format = ApiField.UUID) String ownerId, @ApiField(format = ApiField.CURRENCY) String currency,
                              BigDecimal creditLimit, BigDecimal criticalBalance, @ApiField(format = ApiField.TIME_ZONE) String timeZone) {
    }

    /** Body of PUT /api/accounts/{id}/settings. */
    public record Settings(BigDecimal creditLimit, BigDecimal criticalBalance, @ApiField(format = ApiField.TIME_ZONE) String timeZone) {
    }

    /** Body of POST /api/accounts/{id}/status. */
    public record StatusChange(@ApiField(required = true) AccountStatus status, @ApiField(required = true) @FreeText String reason) {
    }

    /** Answer of GET /api/accounts/{id}/balance. */
    public record Balance(String accountId, String number, String currency, BigDecimal balance, BigDecimal reserved,
                          BigDecimal creditLimit, BigDecimal available, BigDecimal criticalBalance, boolean belowCritical,
                          String status) {
    }

    @POST
    @RolesAllowed({"admin", "manager", "accountant"})
    public Response open(OpenAccount body, @Context SecurityContext security, @Context UriInfo uri) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        ContactId owner = body.ownerId() == null ? null : ContactId.parse(body.ownerId());
        Account a = accounts.open(Rest.actor(security), new AccountDraft(owner, body.currency(), body.creditLimit(),
                body.criticalBalance(), body.timeZone()));
        URI location = uri.getAbsolutePathBuilder().path(a.id().toString()).build();
        return Response.created(location).entity(a).build();
    }

    @GET
    @RolesAllowed({"admin", "manager", "accountant", "support"})
    public Page<Account> search(@QueryParam("owner") String owner, @QueryParam("status") String status,
                                @QueryParam("number") String number, @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @QueryParam("sort") String sort) {
        Params p = new Params();
        String ownerId = p.text(owner, "owner");
        AccountStatus chosen = p.choice(status, "status", AccountStatus.class);
        String numbered = p.text(number, "number");
        PageRequest page = p.page(offset, limit, sort, AccountService.SORTABLE);
        p.throwIfInvalid();
        AccountQuery q = new AccountQuery(ownerId == null ? null : ContactId.parse(ownerId), chosen, numbered);
        return accounts.search(q, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"admin", "manager", "accountant", "support"})
    public Account get(@PathParam("id") String id) {
        return accounts.get(AccountId.parse(id));
    }

    @GET
    @Path("by-number/{number}")
    @RolesAllowed({"admin", "manager", "accountant", "support", "integrator"})
    public Account byNumber(@PathParam("number") String number) {
        Params p = new Params();
        String text = p.text(number, "number");
        p.throwIfInvalid();
        return accounts.byNumber(text);
    }

    @GET
    @Path("{id}/balance")
    @RolesAllowed({"admin", "manager", "accountant", "support", "integrator"})
    public Balance balance(@PathParam("id") String id) {
        Account a = accounts.get(AccountId.parse(id));
        BookBalance b = ledger.balance(a.id().value());
        return new Balance(a.id().toString(), a.number(), a.currency(), b.balance(), b.reserved(), b.creditLimit(),
                b.available(), a.criticalBalance(), b.balance().compareTo(a.criticalBalance()) < 0, a.status().name());
    }

    @PUT
    @Path("{id}/settings")
    @RolesAllowed({"admin", "manager", "accountant"})
    public Account settings(@PathParam("id") String id, Settings body, @Context SecurityContext security) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return accounts.change(Rest.actor(security), AccountId.parse(id),
                new AccountChange(body.creditLimit(), body.criticalBalance(), body.timeZone()));
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({"admin", "accountant"})
    public Account status(@PathParam("id") String id, StatusChange body, @Context SecurityContext security) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        if (body.status() == null) {
            throw ValidationException.field("status", "is required");
        }
        return accounts.setStatus(Rest.actor(security), AccountId.parse(id), body.status(), body.reason());
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed({"admin", "manager", "accountant"})
    public Page<AuditEntry> history(@PathParam("id") String id, @QueryParam("offset") String offset,
                                    @QueryParam("limit") String limit) {
        AccountId account = AccountId.parse(id);
        Params p = new Params();
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        accounts.get(account);
        return audit.history(account.ref(), page);
    }
}
