package io.pitstop.core.rest.internal;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.rest.Rest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.Response;

/** Builds RFC 9457 problem responses. */
final class Problems {
    private Problems() {
    }

    static Response problem(int status, String type, String title, String detail, List<FieldError> errors,
                            Map<String, Object> extra) {
        return builder(status, type, title, detail, errors, extra).build();
    }

    /** {@link #problem} for a caller that adds headers (Response.fromResponse would drop the body's type). */
    static Response.ResponseBuilder builder(int status, String type, String title, String detail, List<FieldError> errors,
                                            Map<String, Object> extra) {
        // typed explicitly: otherwise CXF writes the body with the failing resource method's declared return type
        // whenever the map fits it (a Map<String, Boolean> method turned every member of the problem into false)
        return Response.status(status).type(Rest.PROBLEM_JSON)
                .entity(new GenericEntity<Map<String, Object>>(body(status, type, title, detail, errors, extra)) {
                });
    }

    /** The members of a problem body, in the order RFC 9457 lists them, then the field errors and the extras. */
    static Map<String, Object> body(int status, String type, String title, String detail, List<FieldError> errors,
                                    Map<String, Object> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "urn:pitstop:problem:" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (errors != null && !errors.isEmpty()) {
            body.put("errors", errors);
        }
        if (extra != null) {
            body.putAll(extra);
        }
        return body;
    }
}
