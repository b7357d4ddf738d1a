package io.pitstop.ticketing.camel;

import io.pitstop.core.api.DeadLetters;
import io.pitstop.ticketing.api.InboundMail;
import io.pitstop.ticketing.api.MailOutcome;
import io.pitstop.ticketing.api.TicketService;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One department's mailbox, one file {@code etc/io.pitstop.ticketing.mailbox-<department>.cfg} each: a route reads
 * its unseen mail over IMAP behind {@code master:}, so only one server of a cluster reads it (the core's cluster
 * service, as the job schedules use). Mail stays on the server (never deleted) and is marked seen once handled, so
 * mail that arrives while the plugin is away is read when it comes back; the tickets take each Message-ID once. A
 * mail that cannot be read goes to the dead-letter store (source {@value #SOURCE}) with its raw text, from where it
 * can be sent through the route again.
 */
@Component(service = RoutesBuilder.class, property = "pitstop.routes=true", configurationPid = MailboxRoute.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = MailboxRoute.Config.class, factory = true)
public class MailboxRoute extends RouteBuilder {
    static final String PID = "io.pitstop.ticketing.mailbox";
    static final String SOURCE = "ticketing-mail";
    private static final Logger LOG = LoggerFactory.getLogger(MailboxRoute.class);

    @ObjectClassDefinition(name = "Pitstop ticketing mailbox")
    public @interface Config {
        @AttributeDefinition(description = "The department (staff group code) the mailbox's tickets go to")
        String department();

        @AttributeDefinition(description = "The mailbox's own address: mail from it is a loop, not a ticket")
        String address() default "";

        @AttributeDefinition(description = "IMAP server")
        String host() default "localhost";

        @AttributeDefinition(description = "IMAP port")
        int port() default 143;

        @AttributeDefinition(description = "imap or imaps (SSL)")
        String protocol() default "imap";

        @AttributeDefinition(description = "Login on the IMAP server")
        String user();

        @AttributeDefinition(description = "Password on the IMAP server (a secret: etc only)", type = AttributeType.PASSWORD)
        String password() default "";

        @AttributeDefinition(description = "Milliseconds between two looks into the mailbox")
        long delayMillis() default 30000;
    }

    @Reference
    private TicketService tickets;

    @Reference
    private DeadLetters deadLetters;

    private volatile Config config;

    @Activate
    void activate(Config config) {
        if (!config.protocol().equals("imap") && !config.protocol().equals("imaps")) {
            throw new IllegalArgumentException(PID + ": protocol must be imap or imaps, not " + config.protocol());
        }
        if (config.department() == null || !config.department().matches("[a-z0-9][a-z0-9_-]{0,99}")) {
            throw new IllegalArgumentException(PID + ": department must be a staff group code, not " + config.department());
        }
        this.config = config;
    }

    static String routeId(Config c) {
        return "pitstop-ticketing-mail-" + c.department();
    }

    /** The endpoint without its password, as the dead-letter store shows it. */
    static String endpoint(Config c) {
        return c.protocol() + "://" + c.host() + ":" + c.port() + "?username="
                + URLEncoder.encode(c.user(), StandardCharsets.UTF_8) + "&unseen=true&delete=false&peek=true"
                + "&mapMailMessage=false&delay=" + c.delayMillis();
    }

    @Override
    public void configure() {
        Config c = config;
        String route = routeId(c);
        String endpoint = endpoint(c);
        onException(Exception.class).handled(true).process(exchange -> {
            Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
            String raw = new String(raw(exchange), StandardCharsets.UTF_8);
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("department", c.department());
            deadLetters.record(SOURCE, route, endpoint, e == null ? "unknown error" : e.toString(), raw, headers);
            LOG.warn("Mail in mailbox of {} could not be made a ticket, kept as a dead letter: {}", c.department(),
                    e == null ? "" : e.getMessage());
        });
        from("master:" + route + ":" + endpoint + "&password=RAW(" + c.password() + ")")
                .routeId(route)
                .process(exchange -> {
                    InboundMail mail = MailReader.read(raw(exchange), c.department(), c.address());
                    MailOutcome outcome = tickets.receive(mail);
                    LOG.debug("Mail {} in mailbox of {}: {}", mail.messageId(), c.department(), outcome.result());
                });
    }

    /**
     * The mail's bytes: a javax.mail message from the mailbox, or the raw text a dead letter kept when it is sent
     * through the route again.
     */
    static byte[] raw(Exchange exchange) throws Exception {
        Object body = exchange.getIn().getBody();
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        if (body instanceof javax.mail.Message message) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        }
        javax.mail.Message converted = exchange.getIn().getBody(javax.mail.Message.class);
        if (converted != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            converted.writeTo(out);
            return out.toByteArray();
        }
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        return bytes == null ? new byte[0] : bytes;
    }
}
