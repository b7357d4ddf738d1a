package io.pitstop.payments.camel;

import io.pitstop.core.api.Actor;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.camel.api.PitstopOperation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pitstop:payments/statements}: an integrator's own route (an SFTP folder, a bank's mailbox; see
 * {@code config/camel/pitstop-payments-statements.xml}) hands a statement's text to the import, with the roles of
 * {@code POST /api/payments/statements}, and gets the report.
 */
@Component(service = PitstopOperation.class)
public class StatementImportOperation implements PitstopOperation {
    @Reference
    private PaymentService payments;

    @Override
    public String name() {
        return "payments/statements";
    }

    @Override
    public Set<String> roles() {
        return Set.of(Actor.ADMIN, Actor.ACCOUNTANT, Actor.INTEGRATOR);
    }

    @Override
    public Object invoke(Actor actor, Object body, Map<String, Object> headers) {
        byte[] file = body == null ? new byte[0] : body.toString().getBytes(StandardCharsets.UTF_8);
        Object name = headers.get("CamelFileName");
        return payments.importStatement(actor, file, name == null ? "route" : "route:" + name);
    }
}
