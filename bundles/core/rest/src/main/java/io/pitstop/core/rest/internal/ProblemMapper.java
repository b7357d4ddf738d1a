package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.OutcomeUnknownException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure leaves as a problem body. Caller mistakes are logged at debug only (a bad request is not a server
 * error); a database that cannot be reached is a 503 {@code unavailable} logged once when it starts and once when
 * requests get through again (not a stack trace per request); a commit the database did not confirm is a warning
 * with its cause; anything else is logged once with an id that the response names, so support can find it. The
 * recovery is seen here too: as a response filter, the first successful answer after an outage ends it.
 */
@Component(service = {ExceptionMapper.class, ContainerResponseFilter.class})
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@JaxrsName("pitstop.problems")
public class ProblemMapper implements ExceptionMapper<Throwable>, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    /**
     * The rollbacks a database makes to let concurrent work through, after which nothing of the transaction
     * remains: serialization failure (40001), PostgreSQL's deadlock (40P01), Derby's lock timeout and deadlock
     * (40XL1, 40XL2). Not the rest of class 40: an unknown commit outcome (40003, Derby's 40XT1) must not be
     * answered "nothing was changed", and Derby's internal ones (closed container, dead statement) are incidents.
     */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "40XL1", "40XL2");

    /** PostgreSQL shutting down, crashed or still starting: the database is there but not answering. */
    private static final Set<String> NOT_SERVING = Set.of("57P01", "57P02", "57P03");

    /** Seconds a client waits before it tries again while the database cannot be reached. */
    static final String OUTAGE_RETRY_AFTER = "5";

    /** Whether the last database failure has not yet been followed by a successful answer; one per mapper. */
    private final AtomicBoolean outage = new AtomicBoolean();

    @Override
    public Response toResponse(Throwable thrown) {
        PitstopException known = find(thrown, PitstopException.class);
        if (known instanceof OutcomeUnknownException unknown) {
            LOG.warn("Commit outcome unknown, answered 503: {}", unknown.getMessage(), unknown.getCause());
            return Problems.builder(503, unknown.type(), unknown.title(), OUTCOME_UNKNOWN, null, null)
                    .header("Retry-After", "1").build();
        }
        if (known != null) {
            LOG.debug("Refused: {}", known.getMessage());
            Map<String, Object> extra = new HashMap<>();
            if (known instanceof ConflictException && ((ConflictException) known).existingId() != null) {
                extra.put("existingId", ((ConflictException) known).existingId());
            }
            return Problems.problem(known.status(), known.type(), known.title(), known.getMessage(), known.fieldErrors(), extra);
        }
        JsonProcessingException json = find(thrown, JsonProcessingException.class);
        if (json != null) {
            FieldError error = JsonProblems.describe(json);
            LOG.debug("Refused a body: {} {}", error.field(), error.message());
            return Problems.problem(400, "validation", "Invalid input", error.field() + " " + error.message(),
                    List.of(error), null);
        }
        Response http = HttpProblems.of(find(thrown, WebApplicationException.class));
        if (http != null) {
            return http;
        }
        Throwable unreachable = unreachable(thrown);
        if (unreachable != null) {
            if (outage.compareAndSet(false, true)) {
                LOG.warn("The database cannot be reached; requests are answered 503 until it can: {}", unreachable.toString());
            } else {
                LOG.debug("Database still unreachable: {}", unreachable.toString());
            }
            return Problems.builder(503, "unavailable", "Unavailable", UNAVAILABLE, null, null)
                    .header("Retry-After", OUTAGE_RETRY_AFTER).build();
        }
        SQLException undone = rolledBack(thrown);
        if (undone != null) {
            // the database undid the transaction to let concurrent work through: nothing was written and the
            // same request can simply be sent again
            LOG.warn("Request undone by the database, answered 503: {} (SQLState {})", undone.getMessage(), undone.getSQLState());
            return Problems.builder(503, "busy", "Busy", "The database undid this request to let concurrent work through; "
                    + "nothing was changed. Send it again.", null, null).header("Retry-After", "1").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.error("Internal error, incident {}", incident, thrown);
        // not "nothing was changed": a failure after the commit would make that a lie a client acts on
        return Problems.problem(500, "internal", "Internal error",
                "The server failed. Quote incident " + incident + " to support.", null, Map.of("incident", incident));
    }

    static final String OUTCOME_UNKNOWN = "The database did not confirm whether this change was stored. Repeating the "
            + "request with the same Idempotency-Key is safe: it is applied at most once.";
    static final String UNAVAILABLE = "The database cannot be reached right now. Try again in a few seconds.";

    /** A successful answer after an outage means requests get through again: said once. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status >= 200 && status < 300 && outage.compareAndSet(true, false)) {
            LOG.info("The database answers again; requests get through");
        }
    }

    /** Whether an outage has been logged and not yet ended; for tests. */
    boolean inOutage() {
        return outage.get();
    }

    /**
     * The failure among the causes that says the database cannot be reached: a connection-class SQLState (08),
     * PostgreSQL not serving (57P01-03), a refused connection, or the pool unable to hand out a connection.
     */
    static Throwable unreachable(Throwable thrown) {
        return causes(thrown).flatMap(c -> c instanceof SQLException sql
                        ? Stream.iterate(sql, Objects::nonNull, SQLException::getNextException).map(Throwable.class::cast)
                        : Stream.of(c))
                .filter(ProblemMapper::unreachableAlone).findFirst().orElse(null);
    }

    private static boolean unreachableAlone(Throwable t) {
        if (t instanceof ConnectException) {
            return true;
        }
        if (!(t instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || NOT_SERVING.contains(state))) {
            return true;
        }
        // commons-dbcp2's words when the pool has no connection to give and cannot open one, and when the pooled
        // connection it gave cannot join the transaction (its XA start failed: a connection the database dropped, seen
        // while PostgreSQL restarts); either way the request wrote nothing, so it is the same 503
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        return message.startsWith("Cannot get a connection") || message.startsWith("Cannot create PoolableConnectionFactory")
                || message.startsWith("Unable to enlist connection in transaction");
    }

    /** The first contention rollback among the causes and, for SQL failures, their chained exceptions. */
    static SQLException rolledBack(Throwable thrown) {
        return causes(thrown).filter(SQLException.class::isInstance)
                .flatMap(c -> Stream.iterate((SQLException) c, Objects::nonNull, SQLException::getNextException))
                .filter(e -> e.getSQLState() != null && CONTENTION.contains(e.getSQLState()))
                .findFirst().orElse(null);
    }

    private static <T extends Throwable> T find(Throwable t, Class<T> type) {
        return causes(t).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The throwable and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable t) {
        return Stream.iterate(t, Objects::nonNull, c -> c.getCause() == c ? null : c.getCause());
    }
}
