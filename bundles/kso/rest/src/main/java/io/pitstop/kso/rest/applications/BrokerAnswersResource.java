package io.pitstop.kso.rest.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.Rest;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import io.pitstop.kso.api.applications.CreditApplication;
import java.util.Locale;
import javax.annotation.security.RolesAllowed;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code POST /api/kso/broker/answers}: the bank's decision on a sent application, called back by the broker's adapter
 * (signed in as an integrator) when the decision did not come with the answer to the sending.
 */
@Component(service = BrokerAnswersResource.class)
@JaxrsResource
@JaxrsExtensionSelect({Rest.JSON, Rest.ROLE_CHECK, Rest.SECURITY, Rest.PROBLEMS})
@Path("kso/broker/answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BrokerAnswersResource {
    @Reference
    private ApplicationService applications;

    @POST
    @RolesAllowed({Actor.ADMIN, Actor.INTEGRATOR})
    public CreditApplication answer(ApplicationBodies.BrokerAnswer body, @Context SecurityContext security) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        var id = TypedId.parse(body.applicationId(), "applicationId");
        if (!"approved".equals(body.decision()) && !"declined".equals(body.decision())) {
            throw ValidationException.field("decision", "must be approved or declined");
        }
        ApplicationStatus decision = ApplicationStatus.valueOf(body.decision().toUpperCase(Locale.ROOT));
        return applications.decide(Rest.actor(security), id, new BankDecision(decision, body.annualRatePercent(),
                body.amount(), body.termMonths(), body.monthlyPayment(), ApplicationsResource.blankToNull(body.reference()),
                ApplicationsResource.blankToNull(body.comment())));
    }
}
