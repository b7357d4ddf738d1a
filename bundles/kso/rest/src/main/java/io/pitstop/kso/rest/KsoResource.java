package io.pitstop.kso.rest;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.UnsupportedMediaException;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.CreditProgrammes;
import io.pitstop.kso.api.FinanceProduct;
import io.pitstop.kso.api.FinanceProductDraft;
import io.pitstop.kso.api.FinanceProducts;
import io.pitstop.kso.api.ImportReport;
import io.pitstop.kso.api.KsoRoles;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.OfferRequest;
import io.pitstop.kso.api.Offers;
import io.pitstop.kso.api.ProgrammeDraft;
import io.pitstop.kso.api.ProgrammeStatus;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/kso}: credit programmes and finance products (changed by the programme administrator or an
 * administrator), the loan calculator and programme matching (for sales managers too). Money and percentages are
 * JSON numbers; money answers carry two decimals.
 */
@Component(service = KsoResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("kso")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KsoResource {
    /** The whole programme file read at once: a bank's catalogue is kilobytes, the body cap is 1 MiB anyway. */
    private static final int MAX_FILE = 1024 * 1024;
    /** What a bank's file may be declared as; a browser or a script often says only octet-stream. */
    private static final List<MediaType> FILE_TYPES = List.of(new MediaType("text", "csv"), MediaType.TEXT_PLAIN_TYPE,
            MediaType.APPLICATION_OCTET_STREAM_TYPE, new MediaType("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            new MediaType("application", "vnd.ms-excel"));

    @Reference
    private CreditProgrammes programmes;

    @Reference
    private FinanceProducts products;

    @Reference
    private LoanCalculator calculator;

    @Reference
    private Offers offers;

    /** Body of POST and PUT /api/kso/programmes; see {@link ProgrammeDraft} for each field. */
    public record ProgrammeBody(@ApiField(required = true) String name, @ApiField(required = true) String bank,
                                @ApiField(required = true) BigDecimal annualRatePercent,
                                @ApiField(required = true) BigDecimal downPaymentPercentMin,
                                @ApiField(required = true) BigDecimal downPaymentPercentMax,
                                @ApiField(required = true, positive = true) BigDecimal amountMin,
                                @ApiField(required = true, positive = true) BigDecimal amountMax,
                                @ApiField(required = true, positive = true) Integer termMonthsMin,
                                @ApiField(required = true, positive = true) Integer termMonthsMax,
                                String code, String location, String defaultLocation, Boolean online, ProgrammeStatus status,
                                Boolean residual, BigDecimal residualPercentMin, BigDecimal residualPercentMax,
                                Boolean stateProgramme, Boolean collateral, Boolean kaskoRequired, Integer kaskoTermMonths,
                                Boolean lifeInsuranceRequired, Boolean gapRequired, Integer priority) {
        ProgrammeDraft draft() {
            new Validation().required(termMonthsMin, "termMonthsMin").required(termMonthsMax, "termMonthsMax").throwIfInvalid();
            return new ProgrammeDraft(blank(code), blank(location), blank(defaultLocation), bank, yes(online), name,
                    status == null ? ProgrammeStatus.NEW : status, annualRatePercent, downPaymentPercentMin,
                    downPaymentPercentMax, amountMin, amountMax, termMonthsMin, termMonthsMax, yes(residual),
                    residualPercentMin, residualPercentMax, yes(stateProgramme), yes(collateral), yes(kaskoRequired),
                    kaskoTermMonths, yes(lifeInsuranceRequired), yes(gapRequired), priority == null ? 0 : priority);
        }
    }

    /** One counterparty's reward for a product, VAT included. */
    public record RewardBody(@ApiField(required = true) String counterparty, @ApiField(required = true) BigDecimal amount) {
    }

    /** Body of POST and PUT /api/kso/products; see {@link FinanceProductDraft}. */
    public record ProductBody(@ApiField(required = true) String name, @ApiField(required = true) String kind,
                              @ApiField(required = true) Integer termMonths,
                              @ApiField(required = true, positive = true) BigDecimal price,
                              List<String> options, List<RewardBody> rewards, List<String> mandatoryFor, List<String> makes,
                              List<String> models, BigDecimal priceMin, BigDecimal priceMax, String agentContract,
                              Boolean active) {
        FinanceProductDraft draft() {
            new Validation().required(termMonths, "termMonths").throwIfInvalid();
            List<FinanceProductDraft.Reward> r = new ArrayList<>();
            if (rewards != null) {
                for (int i = 0; i < rewards.size(); i++) {
                    RewardBody b = rewards.get(i);
                    if (b == null) {
                        throw ValidationException.field("rewards[" + i + "]", "is required");
                    }
                    r.add(new FinanceProductDraft.Reward(b.counterparty(), b.amount()));
                }
            }
            return new FinanceProductDraft(name, kind, options, termMonths, price, r, ids(mandatoryFor, "mandatoryFor"),
                    makes, models, priceMin, priceMax, blank(agentContract), active == null || active);
        }
    }

    /** Body of POST /api/kso/calculations. */
    public record CalculationBody(@ApiField(required = true, positive = true) BigDecimal amount,
                                  @ApiField(required = true) BigDecimal annualRatePercent,
                                  @ApiField(required = true, positive = true) Integer termMonths, BigDecimal residual) {
    }

    /** One month of the schedule as sent. */
    public record Month(int month, BigDecimal payment, BigDecimal interest, BigDecimal principal, BigDecimal balance) {
    }

    /** Answer of POST /api/kso/calculations. */
    public record CalculationAnswer(BigDecimal amount, BigDecimal annualRatePercent, int termMonths, BigDecimal residual,
                                    BigDecimal monthlyPayment, BigDecimal totalInterest, List<Month> schedule) {
    }

    /** Body of POST /api/kso/offers: the down payment in rubles or in percent of the price, exactly one. */
    public record OfferBody(@ApiField(required = true, positive = true) BigDecimal price,
                            @ApiField(oneOf = "downPayment") BigDecimal downPayment,
                            @ApiField(oneOf = "downPayment") BigDecimal downPaymentPercent,
                            @ApiField(required = true, positive = true) Integer termMonths,
                            @ApiField(format = ApiField.UUID) List<String> financedProducts, String location, String make,
                            String model, List<BigDecimal> financedAmounts) {
    }

    @GET
    @Path("programmes")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN})
    public List<CreditProgramme> programmes() {
        return programmes.list();
    }

    @POST
    @Path("programmes")
    @RolesAllowed({Actor.ADMIN, KsoRoles.PROGRAMME_ADMIN})
    public Response createProgramme(ProgrammeBody body, @Context SecurityContext security, @Context UriInfo uri) {
        CreditProgramme p = programmes.create(Rest.actor(security), required(body).draft());
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build()).entity(p).build();
    }

    @GET
    @Path("programmes/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN})
    public CreditProgramme programme(@PathParam("id") String id) {
        return programmes.get(TypedId.parse(id, "id"));
    }

    @PUT
    @Path("programmes/{id}")
    @RolesAllowed({Actor.ADMIN, KsoRoles.PROGRAMME_ADMIN})
    public CreditProgramme updateProgramme(@PathParam("id") String id, ProgrammeBody body, @Context SecurityContext security) {
        UUID programme = TypedId.parse(id, "id");
        return programmes.update(Rest.actor(security), programme, required(body).draft());
    }

    /** A bank's file as the body (CSV in UTF-8 or xlsx); answers what was imported, updated, repeated and refused. */
    @POST
    @Path("programmes/import")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Actor.ADMIN, KsoRoles.PROGRAMME_ADMIN})
    public ImportReport importProgrammes(InputStream body, @Context HttpHeaders headers, @Context SecurityContext security)
            throws IOException {
        MediaType type = headers.getMediaType();
        if (type != null && FILE_TYPES.stream().noneMatch(t -> t.isCompatible(type))) {
            throw new UnsupportedMediaException("must be CSV (text/csv) or an xlsx workbook, not " + type.getType() + "/" + type.getSubtype());
        }
        byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_FILE + 1);
        if (content.length > MAX_FILE) {
            throw ValidationException.field("file", "must be at most 1 MiB");
        }
        return programmes.importFile(Rest.actor(security), content);
    }

    @GET
    @Path("products")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN})
    public List<FinanceProduct> products() {
        return products.list();
    }

    @POST
    @Path("products")
    @RolesAllowed({Actor.ADMIN, KsoRoles.PROGRAMME_ADMIN})
    public Response createProduct(ProductBody body, @Context SecurityContext security, @Context UriInfo uri) {
        FinanceProduct p = products.create(Rest.actor(security), required(body).draft());
        return Response.created(uri.getAbsolutePathBuilder().path(p.id().toString()).build()).entity(p).build();
    }

    @GET
    @Path("products/{id}")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN})
    public FinanceProduct product(@PathParam("id") String id) {
        return products.get(TypedId.parse(id, "id"));
    }

    @PUT
    @Path("products/{id}")
    @RolesAllowed({Actor.ADMIN, KsoRoles.PROGRAMME_ADMIN})
    public FinanceProduct updateProduct(@PathParam("id") String id, ProductBody body, @Context SecurityContext security) {
        UUID product = TypedId.parse(id, "id");
        return products.update(Rest.actor(security), product, required(body).draft());
    }

    @POST
    @Path("calculations")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN})
    public CalculationAnswer calculate(CalculationBody body) {
        required(body);
        Validation v = new Validation().required(body.amount(), "amount").required(body.annualRatePercent(), "annualRatePercent")
                .required(body.termMonths(), "termMonths");
        v.require(body.annualRatePercent() == null || body.annualRatePercent().stripTrailingZeros().scale() <= 4,
                "annualRatePercent", "must have at most 4 decimal places");
        v.check(() -> Money.of(body.amount(), Money.RUB, "amount"));
        if (body.residual() != null) {
            v.check(() -> Money.of(body.residual(), Money.RUB, "residual"));
        }
        v.throwIfInvalid();
        LoanCalculation c = calculator.calculate(new LoanTerms(Money.of(body.amount(), Money.RUB), body.annualRatePercent(),
                body.termMonths(), body.residual() == null ? null : Money.of(body.residual(), Money.RUB, "residual")));
        return new CalculationAnswer(c.terms().amount().amount(), c.terms().annualRatePercent(), c.terms().termMonths(),
                c.terms().residual().amount(), c.monthlyPayment().amount(), c.totalInterest().amount(),
                c.schedule().stream().map(m -> new Month(m.month(), m.payment().amount(), m.interest().amount(),
                        m.principal().amount(), m.balance().amount())).toList());
    }

    @POST
    @Path("offers")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, KsoRoles.PROGRAMME_ADMIN})
    public Offers.Result offers(OfferBody body, @QueryParam("sort") @ApiField(values = {"priority", "payment"}) String sort) {
        required(body);
        Params p = new Params();
        String order = p.oneOf(sort, "sort", List.of(OfferRequest.BY_PRIORITY, OfferRequest.BY_PAYMENT));
        p.throwIfInvalid();
        Validation v = new Validation().required(body.termMonths(), "termMonths");
        v.maxLength(body.location(), 200, "location").maxLength(body.make(), 200, "make").maxLength(body.model(), 200, "model");
        v.require((body.downPayment() == null) != (body.downPaymentPercent() == null), "downPayment",
                "exactly one of downPayment and downPaymentPercent is required");
        v.require(body.downPaymentPercent() == null || body.downPaymentPercent().stripTrailingZeros().scale() <= 4,
                "downPaymentPercent", "must have at most 4 decimal places");
        v.throwIfInvalid();
        return offers.match(new OfferRequest(body.price(), body.downPayment(), body.downPaymentPercent(), body.termMonths(),
                ids(body.financedProducts(), "financedProducts"), blank(body.location()), blank(body.make()),
                blank(body.model()), order, amounts(body.financedAmounts())));
    }

    /** A financed product's price for this deal (the calculator's editable make-up), in the order of its product. */
    static List<BigDecimal> amounts(List<BigDecimal> amounts) {
        if (amounts == null) {
            return null;
        }
        Validation v = new Validation();
        for (int i = 0; i < amounts.size(); i++) {
            BigDecimal a = amounts.get(i);
            String at = "financedAmounts[" + i + "]";
            v.require(a != null, at, "is required");
            v.require(a == null || a.signum() >= 0, at, "must not be negative");
            v.require(a == null || a.compareTo(new BigDecimal("1000000000000")) < 0, at, "is too large");
        }
        v.throwIfInvalid();
        return amounts;
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return body;
    }

    static List<UUID> ids(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        List<UUID> out = new ArrayList<>();
        Validation v = new Validation();
        for (int i = 0; i < ids.size(); i++) {
            String at = field + "[" + i + "]";
            String id = ids.get(i);
            v.check(() -> out.add(TypedId.parse(id, at)));
        }
        v.throwIfInvalid();
        return out;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
