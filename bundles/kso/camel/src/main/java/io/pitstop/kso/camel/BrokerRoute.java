package io.pitstop.kso.camel;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.BankDecision;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each application handed to the broker ({@link BrokerDispatch} puts it on {@link #QUEUE}) to the configured
 * URL, again after a failure as often as configured, then to the dead-letter store with its error; the broker's
 * answer, when it carries the bank's decision, changes the application's status. A changed configuration restarts
 * the component, so its routes are rebuilt with the new settings.
 */
@Component(service = RoutesBuilder.class, property = "pitstop.routes=true", configurationPid = BrokerSettings.PID)
@Designate(ocd = BrokerSettings.class)
public class BrokerRoute extends RouteBuilder {
    /** Where applications wait for the broker; seda, so that the event delivery never waits for the broker. */
    static final String QUEUE = "seda:kso-broker";
    static final String DEAD = "direct:kso-broker-dead-letter";
    /** The source name of this route's dead letters. */
    static final String SOURCE = "kso-broker";
    static final String APPLICATION_ID = "PitstopApplicationId";
    private static final Logger LOG = LoggerFactory.getLogger(BrokerRoute.class);

    @Reference
    private ApplicationService applications;

    @Reference
    private DeadLetters deadLetters;

    private BrokerSettings settings;
    private BrokerClient client;

    @Activate
    void activate(BrokerSettings settings) {
        this.settings = settings;
        this.client = new BrokerClient(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(settings.timeoutSeconds()))
                .build(), settings.url(), settings.user(), settings._password(), Duration.ofSeconds(settings.timeoutSeconds()));
    }

    @Override
    public void configure() {
        from(DEAD).routeId("kso-broker-dead-letter").errorHandler(noErrorHandler()).process(this::deadLetter);

        from(QUEUE).routeId("kso-broker")
                .errorHandler(deadLetterChannel(DEAD).useOriginalMessage()
                        .maximumRedeliveries(settings.maximumRedeliveries())
                        .redeliveryDelay(settings.redeliveryDelayMillis())
                        .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.INFO))
                .process(this::send);
    }

    private void send(Exchange exchange) throws Exception {
        String body = exchange.getMessage().getBody(String.class);
        UUID id = UUID.fromString(exchange.getMessage().getHeader(APPLICATION_ID, String.class));
        BankDecision decision = client.send(body);
        if (decision != null) {
            applications.decide(Actor.system(SOURCE), id, decision);
        }
    }

    private void deadLetter(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String error = cause == null ? "refused" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        LOG.warn("A credit application could not be sent to the broker and is kept as a dead letter: {}", error);
        deadLetters.record(SOURCE, error, exchange.getMessage().getBody(String.class));
    }
}
