package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure leaves as a problem body. Caller mistakes are logged at debug
 * only (a bad request is not a server error); anything unexpected is logged
 * once with an id that the response names, so support can find it.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@JaxrsName("pitstop.problems")
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    /**
     * The rollbacks a database makes to let concurrent work through, after which nothing of the transaction
     * remains: serialization failure (40001), PostgreSQL's deadlock (40P01), Derby's lock timeout and deadlock
     * (40XL1, 40XL2). Not the rest of class 40: an unknown commit outcome (40003, Derby's 40XT1) must not be
     * answered "nothing was changed", and Derby's internal ones (closed container, dead statement) are incidents.
     */
    private static final Set<String> CONTENTION = Set.of("40001", "40P01", "40XL1", "40XL2");

    @Override
    public Response toResponse(Throwable thrown) {
        PitstopException known = find(thrown, PitstopException.class);
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
            return badJson(json);
        }
        Response http = HttpProblems.of(find(thrown, WebApplicationException.class));
        if (http != null) {
            return http;
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
        return Problems.problem(500, "internal", "Internal error",
                "The server failed; nothing was changed. Quote incident " + incident + " to support.", null,
                Map.of("incident", incident));
    }

    private static Response badJson(JsonProcessingException e) {
        String field = "body";
        if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
            field = ((JsonMappingException) e).getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof JsonMappingException && !(e.getCause() instanceof JsonProcessingException)
                && ((JsonMappingException) e).getPath().size() > 0) {
            message = "has the wrong type or format: " + e.getOriginalMessage().split("\n")[0];
        } else {
            message = "is not valid JSON: " + e.getOriginalMessage().split("\n")[0];
        }
        return Problems.problem(400, "validation", "Invalid input", field + " " + message,
                List.of(new FieldError(field, message)), null);
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
