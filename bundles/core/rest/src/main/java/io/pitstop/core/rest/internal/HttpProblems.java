package io.pitstop.core.rest.internal;

import io.pitstop.core.rest.Rest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Problem bodies for the refusals JAX-RS itself makes before any resource runs: no such path (404), a method the
 * path does not answer (405, with {@code Allow} and the methods in the detail), a media type the operation does
 * not read (415, naming the ones it does) or cannot write (406). The texts say what to do instead, because the
 * caller of a plugin's endpoint has nothing else to go by; the type stays {@code http-<status>}.
 */
final class HttpProblems {
    /** What the request named: its media type and the ones its operation reads (from the JAX-RS runtime). */
    interface Operation {
        /** The media types the operations at the request's path and method read; empty when unknown. */
        Collection<MediaType> consumes();

        /** The request's Content-Type as sent, or null. */
        String contentType();
    }

    private HttpProblems() {
    }

    /** {@link #of(WebApplicationException, Operation)} for the request being answered; null without an exception. */
    static Response of(WebApplicationException e) {
        return e == null ? null : of(e, CxfOperation.current());
    }

    /**
     * The problem for a client error the JAX-RS runtime or a filter raised; null for a server error (those are
     * incidents). A response that already carries a problem body (a filter's refusal) is answered as it is.
     */
    static Response of(WebApplicationException e, Operation operation) {
        Response r = e.getResponse();
        if (r == null || r.getStatus() >= 500) {
            return null;
        }
        if (r.getMediaType() != null && r.hasEntity()
                && Rest.PROBLEM_JSON.equals(r.getMediaType().getType() + "/" + r.getMediaType().getSubtype())) {
            return r;
        }
        int status = r.getStatus();
        String title = r.getStatusInfo().getReasonPhrase();
        switch (status) {
            case 404:
                return Problems.problem(404, "http-404", "Not Found",
                        "Nothing answers at this path; the API's paths are listed in /api/openapi.json", null, null);
            case 405: {
                Set<String> allowed = allowed(r);
                Response.ResponseBuilder b = Problems.builder(405, "http-405", "Method Not Allowed", allowed.isEmpty()
                                ? "This path does not answer this method; the API's methods are listed in /api/openapi.json"
                                : "This path answers only " + String.join(", ", allowed),
                        null, allowed.isEmpty() ? null : Map.of("allowed", List.copyOf(allowed)));
                if (!allowed.isEmpty()) {
                    b.header(HttpHeaders.ALLOW, String.join(", ", allowed));
                }
                return b.build();
            }
            case 415: {
                String sent = operation.contentType() == null || operation.contentType().isBlank()
                        ? null : excerpt(operation.contentType());
                Set<String> accepted = operation.consumes().stream()
                        .map(t -> t.getType() + "/" + t.getSubtype())
                        .collect(Collectors.toCollection(TreeSet::new));
                String reads = accepted.isEmpty() ? "This operation does not read this media type"
                        : "This operation reads only " + String.join(", ", accepted);
                return Problems.problem(415, "http-415", "Unsupported Media Type",
                        reads + (sent == null ? "; the request body was sent without a Content-Type"
                                : "; the request body was sent as " + sent),
                        null, accepted.isEmpty() ? null : Map.of("accepted", List.copyOf(accepted)));
            }
            case 406:
                return Problems.problem(406, "http-406", "Not Acceptable",
                        "This operation cannot answer in the media types the Accept header asks for; accept application/json",
                        null, null);
            default:
                return Problems.problem(status, "http-" + status, title, title, null, null);
        }
    }

    /** A header value as quoted back: at most 100 characters, no control characters. */
    static String excerpt(String value) {
        String clean = value.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 100 ? clean : clean.substring(0, 100) + "…";
    }

    /** The methods of the Allow header(s), one comma list or several headers alike. */
    private static Set<String> allowed(Response r) {
        Set<String> methods = new TreeSet<>();
        List<Object> headers = r.getHeaders().get(HttpHeaders.ALLOW);
        if (headers != null) {
            for (Object h : headers) {
                for (String m : String.valueOf(h).split(",")) {
                    if (!m.isBlank()) {
                        methods.add(m.trim().toUpperCase(java.util.Locale.ROOT));
                    }
                }
            }
        }
        return methods;
    }
}
