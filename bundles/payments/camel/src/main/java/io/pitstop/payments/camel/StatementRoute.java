package io.pitstop.payments.camel;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.payments.api.StatementFiles;
import io.pitstop.payments.api.StatementReport;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
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
 * Reads each statement file dropped into the configured folder: the file's SHA-256 is claimed in the shared
 * repository first (so the same content dropped again, or seen by a second server, is skipped), then imported.
 * A file that cannot be read at all, or holds no good document, is kept in the dead-letter store (source
 * {@value #SOURCE}) with its content and reason, its claim given back so that reprocessing it reads it again, and
 * the route goes on with the next file.
 */
@Component(service = RoutesBuilder.class, property = "pitstop.routes=true", configurationPid = StatementSettings.PID)
@Designate(ocd = StatementSettings.class)
public class StatementRoute extends RouteBuilder {
    /** The source name of this route's dead letters and of its statements. */
    static final String SOURCE = "payments-statements";
    static final String KEY = "PitstopStatementKey";
    private static final Logger LOG = LoggerFactory.getLogger(StatementRoute.class);

    @Reference
    private PaymentService payments;

    @Reference
    private StatementFiles files;

    @Reference
    private DeadLetters deadLetters;

    private StatementSettings settings;

    @Activate
    void activate(StatementSettings settings) {
        this.settings = settings;
    }

    static String folder(StatementSettings settings) {
        if (!settings.folder().isBlank()) {
            return settings.folder().strip();
        }
        return Path.of(System.getProperty("karaf.data", "data"), "payments", "statements").toString();
    }

    @Override
    public void configure() {
        String uri = "file:" + folder(settings) + "?move=.done&readLock=changed&readLockMinAge=500&readLockCheckInterval=200"
                + "&delay=" + settings.delayMillis();
        onException(Exception.class).handled(true).process(this::deadLetter);
        from(uri).routeId(SOURCE)
                .process(e -> e.getMessage().setHeader(KEY, "sha256:" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(e.getMessage().getBody(byte[].class)))))
                .idempotentConsumer(header(KEY), new SharedFileRepository(files)).skipDuplicate(true)
                .process(this::read);
    }

    private void read(Exchange exchange) {
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        StatementReport r = payments.importStatement(Actor.system(SOURCE), exchange.getMessage().getBody(byte[].class),
                "folder:" + name);
        exchange.getMessage().setBody(r);
    }

    private void deadLetter(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String error = cause == null ? "refused" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String key = exchange.getMessage().getHeader(KEY, String.class);
        if (key != null) {
            files.release(key);
        }
        String name = exchange.getMessage().getHeader(Exchange.FILE_NAME, String.class);
        LOG.warn("The statement {} could not be imported and is kept as a dead letter: {}", name, error);
        deadLetters.record(SOURCE, SOURCE, exchange.getFromEndpoint() == null ? null : exchange.getFromEndpoint().getEndpointUri(),
                error, exchange.getMessage().getBody(String.class), Map.of(Exchange.FILE_NAME, name == null ? "" : name));
    }
}
