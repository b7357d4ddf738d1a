package io.pitstop.billing.rest;

import io.pitstop.billing.api.AccountSummary;
import io.pitstop.billing.api.Billing;
import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.BillingRun;
import io.pitstop.billing.api.BillingRuns;
import io.pitstop.billing.api.Catalogue;
import io.pitstop.billing.api.ChangePreview;
import io.pitstop.billing.api.Product;
import io.pitstop.billing.api.ProductDraft;
import io.pitstop.billing.api.PromoCode;
import io.pitstop.billing.api.PromoCodeDraft;
import io.pitstop.billing.api.PromoCodes;
import io.pitstop.billing.api.Subscription;
import io.pitstop.billing.api.SubscriptionDraft;
import io.pitstop.billing.api.SubscriptionStatus;
import io.pitstop.billing.api.Subscriptions;
import io.pitstop.billing.api.TariffEvaluation;
import io.pitstop.billing.api.Tariffs;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/billing}: the catalogue and billing runs for accountants, subscriptions for managers too, everything
 * readable by support. Money is a JSON number with two decimals; dates are ISO ({@code 2024-03-01}), periods
 * {@code 2024-03}.
 */
@Component(service = BillingResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {
    @Reference
    private Catalogue catalogue;

    @Reference
    private Tariffs tariffs;

    @Reference
    private Subscriptions subscriptions;

    @Reference
    private Billing billing;

    @Reference
    private BillingRuns runs;

    @Reference
    private PromoCodes promoCodes;

    /** Price per unit by billing cycle, an object from cycle to amount; at least one cycle. */
    public record Prices(@ApiField(anyOf = "cycle") BigDecimal MONTH, @ApiField(anyOf = "cycle") BigDecimal QUARTER,
                         @ApiField(anyOf = "cycle") BigDecimal HALF_YEAR, @ApiField(anyOf = "cycle") BigDecimal YEAR,
                         @ApiField(anyOf = "cycle") BigDecimal ONE_TIME, @ApiField(anyOf = "cycle") BigDecimal FREE) {
        Map<BillingCycle, BigDecimal> map() {
            Map<BillingCycle, BigDecimal> m = new EnumMap<>(BillingCycle.class);
            put(m, BillingCycle.FREE, FREE);
            put(m, BillingCycle.ONE_TIME, ONE_TIME);
            put(m, BillingCycle.MONTH, MONTH);
            put(m, BillingCycle.QUARTER, QUARTER);
            put(m, BillingCycle.HALF_YEAR, HALF_YEAR);
            put(m, BillingCycle.YEAR, YEAR);
            return m;
        }

        private static void put(Map<BillingCycle, BigDecimal> m, BillingCycle c, BigDecimal v) {
            if (v != null) {
                m.put(c, v);
            }
        }
    }

    /** Body of POST /api/billing/products. */
    public record ProductBody(@ApiField(required = true) String code, @ApiField(required = true) String name,
                              @ApiField(required = true) Prices prices, BigDecimal vatRatePercent,
                              @ApiField(format = ApiField.DATE) String effectiveFrom) {
    }

    /** Body of POST /api/billing/products/{code}/prices: a price version from a date. */
    public record PricesBody(@ApiField(required = true) Prices prices,
                             @ApiField(required = true, format = ApiField.DATE) String effectiveFrom) {
    }

    /** Body of POST /api/billing/tariffs/evaluate. */
    public record TariffBody(@ApiField(required = true) String tariff, String fuelSensors, String dispatch) {
    }

    /** Body of POST /api/billing/subscriptions. */
    public record SubscriptionBody(@ApiField(required = true, format = ApiField.UUID) String accountId,
                                   @ApiField(required = true) String product,
                                   @ApiField(required = true, positive = true) Integer quantity,
                                   @ApiField(required = true) BillingCycle cycle,
                                   @ApiField(required = true, format = ApiField.DATE) String start, String tariff) {
    }

    /** Body of POST /api/billing/subscriptions/{id}/status. */
    public record StatusBody(@ApiField(required = true) SubscriptionStatus status, @ApiField(required = true) String reason) {
    }

    /** Body of POST /api/billing/subscriptions/{id}/change-preview. */
    public record ChangeBody(@ApiField(required = true, positive = true) Integer quantity,
                             @ApiField(required = true, format = ApiField.DATE) String effective) {
    }

    /** Body of POST /api/billing/runs: the month ({@code 2024-03}), the accounts (all with subscriptions when empty), preview. */
    public record RunBody(@ApiField(required = true) String period, @ApiField(format = ApiField.UUID) List<String> accountIds,
                          Boolean preview) {
    }

    /** Body of POST /api/billing/promo-codes: {@code value} percent (0–100] or a fixed amount; products all when empty. */
    public record PromoCodeBody(@ApiField(required = true) String code, @ApiField(required = true) PromoCode.Kind kind,
                                @ApiField(required = true, positive = true) BigDecimal value, List<String> products,
                                Boolean recurring, @ApiField(format = ApiField.DATE) String validFrom,
                                @ApiField(format = ApiField.DATE) String validTo, @ApiField(positive = true) Integer maxUses,
                                Boolean oncePerClient) {
    }

    /** Body of POST /api/billing/subscriptions/{id}/promo-code. */
    public record ApplyPromoBody(@ApiField(required = true) String code) {
    }

    @GET
    @Path("products")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public List<Product> products() {
        return catalogue.list();
    }

    @POST
    @Path("products")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response createProduct(ProductBody body, @Context SecurityContext security, @Context UriInfo uri) {
        required(body);
        Product p = catalogue.create(Rest.actor(security), new ProductDraft(body.code(), body.name(),
                body.prices() == null ? Map.of() : body.prices().map(), body.vatRatePercent(),
                body.effectiveFrom() == null ? null : date(body.effectiveFrom(), "effectiveFrom")));
        return Response.created(uri.getAbsolutePathBuilder().path(p.code()).build()).entity(p).build();
    }

    @GET
    @Path("products/{code}")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public Product product(@PathParam("code") String code) {
        return catalogue.get(text(code, "code"));
    }

    @POST
    @Path("products/{code}/prices")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Product addPrices(@PathParam("code") String code, PricesBody body, @Context SecurityContext security) {
        required(body);
        String c = text(code, "code");
        new Validation().required(body.prices(), "prices").required(body.effectiveFrom(), "effectiveFrom").throwIfInvalid();
        return catalogue.addPrices(Rest.actor(security), c, body.prices().map(), date(body.effectiveFrom(), "effectiveFrom"));
    }

    @POST
    @Path("tariffs/evaluate")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public TariffEvaluation evaluate(TariffBody body) {
        required(body);
        return tariffs.evaluate(body.tariff(), body.fuelSensors(), body.dispatch());
    }

    @GET
    @Path("subscriptions")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public List<Subscription> subscriptions(@QueryParam("accountId") @ApiField(required = true, format = ApiField.UUID) String accountId) {
        if (accountId == null) {
            throw ValidationException.field("accountId", "is required");
        }
        return subscriptions.ofAccount(TypedId.parse(text(accountId, "accountId"), "accountId"));
    }

    @POST
    @Path("subscriptions")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER})
    public Response subscribe(SubscriptionBody body, @Context SecurityContext security, @Context UriInfo uri) {
        required(body);
        Validation v = new Validation().required(body.accountId(), "accountId").required(body.start(), "start");
        v.throwIfInvalid();
        Subscription s = subscriptions.create(Rest.actor(security), new SubscriptionDraft(TypedId.parse(body.accountId(), "accountId"),
                body.product(), body.quantity(), body.cycle(), date(body.start(), "start"), blank(body.tariff())));
        return Response.created(uri.getAbsolutePathBuilder().path(s.id().toString()).build()).entity(s).build();
    }

    @GET
    @Path("subscriptions/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public Subscription subscription(@PathParam("id") String id) {
        return subscriptions.get(TypedId.parse(id, "id"));
    }

    @GET
    @Path("subscriptions/{id}/history")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public List<AuditEntry> history(@PathParam("id") String id) {
        return subscriptions.history(TypedId.parse(id, "id"));
    }

    @POST
    @Path("subscriptions/{id}/status")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER})
    public Subscription setStatus(@PathParam("id") String id, StatusBody body, @Context SecurityContext security) {
        UUID sid = TypedId.parse(id, "id");
        required(body);
        return subscriptions.setStatus(Rest.actor(security), sid, body.status(), body.reason());
    }

    @POST
    @Path("subscriptions/{id}/change-preview")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER})
    public ChangePreview changePreview(@PathParam("id") String id, ChangeBody body) {
        UUID sid = TypedId.parse(id, "id");
        required(body);
        new Validation().required(body.quantity(), "quantity").required(body.effective(), "effective").throwIfInvalid();
        return subscriptions.previewChange(sid, body.quantity(), date(body.effective(), "effective"));
    }

    @GET
    @Path("promo-codes")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public List<PromoCode> promoCodes() {
        return promoCodes.list();
    }

    @POST
    @Path("promo-codes")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response createPromoCode(PromoCodeBody body, @Context SecurityContext security) {
        required(body);
        PromoCode p = promoCodes.create(Rest.actor(security), new PromoCodeDraft(body.code(), body.kind(), body.value(),
                body.products(), !Boolean.FALSE.equals(body.recurring()),
                body.validFrom() == null ? null : date(body.validFrom(), "validFrom"),
                body.validTo() == null ? null : date(body.validTo(), "validTo"), body.maxUses(),
                Boolean.TRUE.equals(body.oncePerClient())));
        return Response.status(Response.Status.CREATED).entity(p).build();
    }

    @POST
    @Path("subscriptions/{id}/promo-code")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER})
    public PromoCode applyPromoCode(@PathParam("id") String id, ApplyPromoBody body, @Context SecurityContext security) {
        UUID sid = TypedId.parse(id, "id");
        required(body);
        return promoCodes.apply(Rest.actor(security), sid, text(body.code(), "code"));
    }

    @GET
    @Path("accounts/{accountId}/summary")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT})
    public AccountSummary summary(@PathParam("accountId") String accountId) {
        return billing.summary(TypedId.parse(accountId, "accountId"));
    }

    @POST
    @Path("runs")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Response startRun(RunBody body, @Context SecurityContext security, @Context UriInfo uri) {
        required(body);
        if (body.period() == null) {
            throw ValidationException.field("period", "is required");
        }
        YearMonth period;
        try {
            if (!body.period().matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("form", body.period(), 0);
            }
            period = YearMonth.parse(body.period());
        } catch (DateTimeParseException e) {
            throw ValidationException.field("period", "must be a month such as 2024-03");
        }
        List<UUID> accounts = new ArrayList<>();
        if (body.accountIds() != null) {
            for (int i = 0; i < body.accountIds().size(); i++) {
                accounts.add(TypedId.parse(body.accountIds().get(i), "accountIds[" + i + "]"));
            }
        }
        BillingRun run = runs.start(Rest.actor(security), period, accounts, Boolean.TRUE.equals(body.preview()));
        return Response.status(Response.Status.ACCEPTED).location(uri.getAbsolutePathBuilder().path(run.id().toString()).build())
                .entity(run).build();
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public BillingRun run(@PathParam("id") String id) {
        return runs.get(TypedId.parse(id, "id"));
    }

    private static LocalDate date(String text, String field) {
        try {
            if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("form", text, 0);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.field(field, "must be a date such as 2024-03-01");
        }
    }

    private static String text(String value, String field) {
        Params p = new Params();
        String t = p.text(value, field);
        p.throwIfInvalid();
        return t;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return body;
    }
}
