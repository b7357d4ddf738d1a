package io.pitstop.camel;

import io.pitstop.accounts.api.AccountService;
import io.pitstop.camel.api.PitstopOperation;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.PitstopException;
import io.pitstop.ledger.api.Ledger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Producer;
import org.apache.camel.spi.ComponentResolver;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Makes {@code pitstop:} URIs resolvable in every CamelContext of the server,
 * including XML routes dropped into {@code deploy/}: camel-core-osgi looks for a
 * {@link ComponentResolver} service with {@code component=pitstop}.
 * <p>
 * Endpoints: {@code contacts/upsert}, {@code contacts/find},
 * {@code ledger/post}, {@code ledger/payment} (both need the
 * {@code PitstopIdempotencyKey} header), {@code accounts/balance},
 * {@code csv/rows} and {@code dead-letter?source=<route>} are built in; every
 * other name is a {@link PitstopOperation} service (e.g. {@code tasks/create}),
 * looked up when a message arrives, so that operations come and go with their
 * bundles and an unknown one fails the message (to the route's dead-letter
 * handler), not the route's start.
 */
@org.osgi.service.component.annotations.Component(service = ComponentResolver.class, property = "component=pitstop",
        configurationPid = "io.pitstop.camel")
@Designate(ocd = PitstopComponentResolver.Config.class)
public class PitstopComponentResolver implements ComponentResolver {
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*");

    @ObjectClassDefinition(name = "Pitstop Camel component")
    public @interface Config {
        @AttributeDefinition(description = "Login of the pitstop realm that routes act as, unless a message sets PitstopUser")
        String user() default "";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
                description = "Password of that login (kept in etc/, never in a repository)")
        String password() default "";
    }

    @Reference
    private ContactService contacts;

    @Reference
    private AccountService accounts;

    @Reference
    private Ledger ledger;

    @Reference
    private DeadLetters deadLetters;

    @Reference
    private Authenticator authenticator;

    /** Contributed operations by name; a later registration of a name wins until it leaves. */
    private final Map<String, PitstopOperation> contributed = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addOperation(PitstopOperation operation) {
        contributed.put(operation.name(), operation);
    }

    void removeOperation(PitstopOperation operation) {
        contributed.remove(operation.name(), operation);
    }

    private volatile Identity identity;
    private volatile Operations operations;
    private volatile Config config;

    @Activate
    @Modified
    void activate(Config config) {
        this.config = config;
        this.operations = new Operations(contacts, accounts, ledger);
        this.identity = new Identity(authenticator);
    }

    @Override
    public Component resolveComponent(String name, CamelContext context) {
        return new PitstopComponent();
    }

    /** The component; one per CamelContext that uses it. */
    final class PitstopComponent extends DefaultComponent {
        @Override
        protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
            if (!NAME.matcher(remaining).matches()) {
                throw new IllegalArgumentException("Malformed endpoint pitstop:" + remaining + ": an operation is lower-case words "
                        + "separated by /, such as tasks/create");
            }
            String source = (String) parameters.remove("source");
            return new PitstopEndpoint(uri, this, remaining, source == null ? "route" : source);
        }
    }

    /** One operation of the component. */
    final class PitstopEndpoint extends DefaultEndpoint {
        private final String operation;
        private final String source;

        PitstopEndpoint(String uri, Component component, String operation, String source) {
            super(uri, component);
            this.operation = operation;
            this.source = source;
        }

        @Override
        public Producer createProducer() {
            return new DefaultProducer(this) {
                @Override
                public void process(Exchange exchange) {
                    call(operation, source, exchange);
                }
            };
        }

        @Override
        public org.apache.camel.Consumer createConsumer(org.apache.camel.Processor processor) {
            throw new UnsupportedOperationException("pitstop: endpoints can only be sent to");
        }
    }

    private void call(String operation, String source, Exchange exchange) {
        Map<String, Object> headers = exchange.getIn().getHeaders();
        if (operation.equals("dead-letter")) {
            exchange.getMessage().setBody(deadLetter(source, exchange));
            return;
        }
        PitstopOperation contribution = Operations.known(operation) ? null : contributed.get(operation);
        if (!Operations.known(operation) && contribution == null) {
            throw new IllegalArgumentException("Unknown pitstop operation " + operation + "; known now: " + known());
        }
        Actor actor = operation.equals("csv/rows") ? Actor.system("camel")
                : identity.login(header(headers, "PitstopUser", config.user()), header(headers, "PitstopPassword", config.password()));
        try {
            Object result;
            if (contribution == null) {
                result = operations.invoke(operation, actor, exchange.getIn().getBody(), headers, source);
            } else {
                if (!contribution.roles().isEmpty()) {
                    Identity.require(actor, operation, contribution.roles().toArray(String[]::new));
                }
                result = contribution.invoke(actor, operations.body(exchange.getIn().getBody()), headers);
            }
            exchange.getMessage().setBody(result);
        } catch (PitstopException e) {
            // the same refusal REST would answer; the route's error handler decides (e.g. to pitstop:dead-letter)
            exchange.getMessage().setHeader("PitstopProblemStatus", e.status());
            throw e;
        }
    }

    /**
     * Keeps the failed message with the route it failed in (the route on top of the unit of work: a sub-route
     * called through {@code direct:} is the one to run again), the endpoint that route consumes from, its headers
     * and the failure's message chain. A message that is itself being reprocessed is not kept twice: its failure
     * goes back to the reprocessing, which leaves the letter open with the new error.
     */
    private Object deadLetter(String source, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (cause == null) {
            cause = exchange.getException();
        }
        Object header = exchange.getIn().getHeader("PitstopError");
        String error = cause != null ? Failures.describe(cause) : header != null ? header.toString() : "refused";
        if (exchange.getProperty(CamelDeadLetterReprocessor.REPROCESSING) != null) {
            exchange.setProperty(CamelDeadLetterReprocessor.FAILED_AGAIN, error);
            return exchange.getIn().getBody();
        }
        org.apache.camel.Route route = exchange.getUnitOfWork() == null ? null : exchange.getUnitOfWork().getRoute();
        String routeId = route != null ? route.getRouteId() : exchange.getFromRouteId();
        String endpoint = route != null ? route.getEndpoint().getEndpointUri()
                : exchange.getFromEndpoint() == null ? null : exchange.getFromEndpoint().getEndpointUri();
        return deadLetters.record(source, routeId, endpoint, error, operations.text(exchange.getIn().getBody(), exchange),
                Failures.keptHeaders(exchange.getIn().getHeaders()));
    }

    private String known() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(Operations.BUILT_IN);
        names.addAll(contributed.keySet());
        return String.join(", ", names);
    }

    private static String header(Map<String, Object> headers, String name, String fallback) {
        Object v = headers.get(name);
        return v == null ? fallback : v.toString();
    }
}
