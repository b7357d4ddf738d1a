package io.pitstop.camel;

import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.PitstopException;
import io.pitstop.ledger.api.Ledger;
import java.util.Map;
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
 * {@code csv/rows} and {@code dead-letter?source=<route>}.
 */
@org.osgi.service.component.annotations.Component(service = ComponentResolver.class, property = "component=pitstop",
        configurationPid = "io.pitstop.camel")
@Designate(ocd = PitstopComponentResolver.Config.class)
public class PitstopComponentResolver implements ComponentResolver {

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

    private volatile Identity identity;
    private volatile Operations operations;
    private volatile Config config;

    @Activate
    @Modified
    void activate(Config config) {
        this.config = config;
        this.operations = new Operations(contacts, accounts, ledger, deadLetters);
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
            if (!Operations.known(remaining)) {
                throw new IllegalArgumentException("Unknown endpoint pitstop:" + remaining);
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
            Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            if (cause != null) {
                headers.put("PitstopError", cause.getMessage());
            }
        }
        Actor actor = operation.equals("csv/rows") || operation.equals("dead-letter") ? Actor.system("camel")
                : identity.login(header(headers, "PitstopUser", config.user()), header(headers, "PitstopPassword", config.password()));
        try {
            Object result = operations.invoke(operation, actor, exchange.getIn().getBody(), headers, source);
            exchange.getMessage().setBody(result);
        } catch (PitstopException e) {
            // the same refusal REST would answer; the route's error handler decides (e.g. to pitstop:dead-letter)
            exchange.getMessage().setHeader("PitstopProblemStatus", e.status());
            throw e;
        }
    }

    private static String header(Map<String, Object> headers, String name, String fallback) {
        Object v = headers.get(name);
        return v == null ? fallback : v.toString();
    }
}
