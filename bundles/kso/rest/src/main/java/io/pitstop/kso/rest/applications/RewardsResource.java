package io.pitstop.kso.rest.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.ApiField;
import io.pitstop.core.rest.Params;
import io.pitstop.core.rest.Rest;
import io.pitstop.kso.api.applications.DealIncome;
import io.pitstop.kso.api.applications.ManagerIncome;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardService;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.annotation.security.RolesAllowed;
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

/**
 * {@code /api/kso/rewards} (the month's rewards, a reward paid) and {@code /api/kso/income} (income per deal and per
 * manager of a month, JSON or CSV).
 */
@Component(service = RewardsResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("kso")
@Produces(MediaType.APPLICATION_JSON)
public class RewardsResource {
    static final String CSV = "text/csv";

    @Reference
    private RewardService rewards;

    /** The month's income: each manager's sums and the deals they are made of. */
    public record Income(String month, List<ManagerIncome> managers, List<DealIncome> deals) {
    }

    @GET
    @Path("rewards")
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public List<Reward> ofMonth(@QueryParam("month") @ApiField(required = true) String month) {
        return rewards.ofMonth(month(month));
    }

    /** The counterparty paid: the receivable is cleared in the ledger under the request's {@code Idempotency-Key}. */
    @POST
    @Path("rewards/{id}/paid")
    @RolesAllowed({Actor.ADMIN, Actor.ACCOUNTANT})
    public Reward paid(@PathParam("id") String id, @HeaderParam(Rest.IDEMPOTENCY_KEY) String key,
                       @Context SecurityContext security) {
        var rewardId = TypedId.parse(id, "id");
        return rewards.markPaid(Rest.actor(security), rewardId, Rest.idempotencyKey(key));
    }

    /** JSON by default; {@code format=csv} gives one row per manager, then one per deal. */
    @GET
    @Path("income")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT})
    public Response income(@QueryParam("month") @ApiField(required = true) String month,
                           @QueryParam("format") @ApiField(values = {"csv", "json"}) String format) {
        Params p = new Params();
        String chosen = p.oneOf(format, "format", List.of("csv", "json"));
        p.throwIfInvalid();
        YearMonth m = month(month);
        Income income = new Income(m.toString(), rewards.income(m), rewards.deals(m));
        if (!"csv".equals(chosen)) {
            return Response.ok(income, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(IncomeCsv.render(income), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"income-" + m + ".csv\"").build();
    }

    static YearMonth month(String month) {
        Params p = new Params();
        String text = p.text(month, "month");
        p.throwIfInvalid();
        if (text == null) {
            throw ValidationException.field("month", "is required");
        }
        try {
            if (!text.matches("[0-9]{4}-[0-9]{2}")) {
                throw new DateTimeParseException("", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.field("month", "must be a month such as 2026-12");
        }
    }
}
