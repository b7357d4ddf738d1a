package io.pitstop.notifications.mail;

import io.pitstop.notifications.api.Channels;
import io.pitstop.notifications.api.NotificationChannel;
import io.pitstop.notifications.api.OutgoingMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * E-mail over SMTP through Camel's mail component, configured in {@code etc/io.pitstop.notifications.mail.cfg}
 * (host, port, from; user and password only there, never in the repository). A message goes through the route
 * {@code pitstop-notifications-mail}, which redelivers {@code redeliveries} times before it gives up; the dispatcher
 * then journals the message FAILED with the mail server's answer and puts it into the dead-letter store, from where
 * nothing is lost: it is sent again from the journal. A new configuration (another server) replaces the route.
 */
@Component(service = {NotificationChannel.class, RoutesBuilder.class}, property = "pitstop.routes=true",
        configurationPid = MailChannel.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MailChannel.Config.class)
public class MailChannel extends RouteBuilder implements NotificationChannel {
    static final String PID = "io.pitstop.notifications.mail";
    static final String ROUTE = "pitstop-notifications-mail";
    static final String ENDPOINT = "direct:" + ROUTE;

    @ObjectClassDefinition(name = "Pitstop e-mail")
    public @interface Config {
        @AttributeDefinition(description = "SMTP server")
        String host() default "localhost";

        @AttributeDefinition(description = "SMTP port")
        int port() default 25;

        @AttributeDefinition(description = "smtp or smtps (SSL)")
        String protocol() default "smtp";

        @AttributeDefinition(description = "Sender address")
        String from() default "pitstop@localhost";

        @AttributeDefinition(description = "Login on the SMTP server (empty: none)")
        String user() default "";

        @AttributeDefinition(description = "Password on the SMTP server (a secret: etc only)", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Attempts after the first before a message is given up")
        int redeliveries() default 3;

        @AttributeDefinition(description = "Milliseconds between attempts")
        long redeliveryDelayMillis() default 2000;

        @AttributeDefinition(description = "Milliseconds to wait for the server to connect or answer")
        int timeoutMillis() default 10000;
    }

    @Reference(target = "(camel.context.name=pitstop)")
    private CamelContext camel;

    private volatile Config config;
    private volatile ProducerTemplate producer;

    @Activate
    void activate(Config config) {
        if (!config.protocol().equals("smtp") && !config.protocol().equals("smtps")) {
            throw new IllegalArgumentException(PID + ": protocol must be smtp or smtps, not " + config.protocol());
        }
        this.config = config;
        producer = camel.createProducerTemplate();
    }

    @Deactivate
    void deactivate() throws Exception {
        producer.stop();
    }

    @Override
    public void configure() {
        Config c = config;
        errorHandler(defaultErrorHandler().maximumRedeliveries(c.redeliveries()).redeliveryDelay(c.redeliveryDelayMillis())
                .retryAttemptedLogLevel(org.apache.camel.LoggingLevel.WARN));
        from(ENDPOINT).routeId(ROUTE).to(smtpUri(c));
    }

    static String smtpUri(Config c) {
        StringBuilder uri = new StringBuilder(c.protocol()).append("://").append(c.host()).append(':').append(c.port())
                .append("?from=").append(URLEncoder.encode(c.from(), StandardCharsets.UTF_8))
                .append("&connectionTimeout=").append(c.timeoutMillis());
        if (!c.user().isBlank()) {
            // RAW(): a password's own + or & stays as written
            uri.append("&username=").append(URLEncoder.encode(c.user(), StandardCharsets.UTF_8))
                    .append("&password=RAW(").append(c.password()).append(')');
        }
        return uri.toString();
    }

    @Override
    public String id() {
        return Channels.EMAIL;
    }

    @Override
    public void send(OutgoingMessage message) throws Exception {
        Exchange answer = producer.send(ENDPOINT, exchange -> {
            exchange.getIn().setHeader("To", message.address());
            exchange.getIn().setHeader("Subject", message.subject() == null ? "" : message.subject());
            exchange.getIn().setHeader(Exchange.CONTENT_TYPE, "text/html; charset=UTF-8");
            exchange.getIn().setBody(message.html() != null ? message.html() : message.body());
        });
        if (answer.getException() != null) {
            throw answer.getException();
        }
    }
}
