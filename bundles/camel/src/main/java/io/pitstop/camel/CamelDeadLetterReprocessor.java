package io.pitstop.camel;

import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetterReprocessor;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reprocesses a dead letter by running its body and headers through the route that failed, from the start, as
 * if its consumer had just received them. Sending to the route's endpoint would not do for most routes (a timer,
 * an IMAP inbox or a file folder cannot be sent to), and running the route's own processor also keeps the
 * route's error handling: a route that fails again calls {@code pitstop:dead-letter}, which, seeing the
 * {@link #REPROCESSING} property, reports the failure back here instead of keeping a second letter.
 */
@Component(service = DeadLetterReprocessor.class)
public class CamelDeadLetterReprocessor implements DeadLetterReprocessor {
    /** Exchange property: the id of the letter being reprocessed. */
    static final String REPROCESSING = "PitstopReprocessing";
    /** Exchange property: the failure's message chain, when the route handled a failure of the reprocessed message. */
    static final String FAILED_AGAIN = "PitstopFailedAgain";

    @Reference(target = "(camel.context.name=" + SharedCamelContext.NAME + ")")
    private CamelContext context;

    @Override
    public void reprocess(DeadLetter letter) {
        Route route = context.getRoute(letter.route());
        ServiceStatus status = route == null ? null : context.getRouteController().getRouteStatus(letter.route());
        if (route == null || status == null || !status.isStarted()) {
            throw new ConflictException("The route " + letter.route() + " that failed is not running any more: deploy it again and "
                    + "reprocess, or resolve the letter with a comment");
        }
        Consumer consumer = route.getConsumer();
        Exchange exchange = consumer.createExchange(false);
        exchange.getIn().setBody(letter.body());
        exchange.getIn().getHeaders().putAll(letter.headers());
        exchange.setProperty(REPROCESSING, letter.id().toString());
        try {
            consumer.getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        try {
            if (exchange.getException() != null) {
                throw new IllegalStateException(Failures.describe(exchange.getException()), exchange.getException());
            }
            String again = exchange.getProperty(FAILED_AGAIN, String.class);
            if (again != null) {
                throw new IllegalStateException(again);
            }
        } finally {
            consumer.releaseExchange(exchange, false);
        }
    }
}
