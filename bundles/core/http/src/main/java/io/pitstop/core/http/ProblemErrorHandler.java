package io.pitstop.core.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's server-wide error handler, answering with RFC 9457 problem bodies (as core-rest's do) instead of HTML.
 *
 * <p>Jetty refuses some requests before it chooses a context: a control character in a header, a request line or
 * headers longer than its buffers, a path it cannot decode ({@code %zz}, {@code %00}, an encoded separator). It
 * answers them through {@link #badMessageError}, which knows the status and Jetty's reason but not the request, so
 * every such answer is a problem body, whatever the path. Errors of requests that no context took are problem
 * bodies under {@code /api} (during a start, before the API is registered) and Jetty's page elsewhere.
 *
 * <p>The texts are English: a request Jetty refuses never reaches the catalogues (its headers may be what is
 * broken). The problem {@code type} ({@code urn:pitstop:problem:http-<status>}) is what programs read.
 */
public class ProblemErrorHandler extends ErrorHandler {
    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, PROBLEM_JSON);
        return ByteBuffer.wrap(problem(status, detail(status, reason)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        String path = request.getRequestURI();
        if (path == null || !(path.equals("/api") || path.startsWith("/api/"))) {
            super.generateAcceptableResponse(baseRequest, request, response, code, message);
            return;
        }
        String detail = code == 404 || code == 503
                ? "The API is not available yet (the server is starting or changing its plugins); try again shortly"
                : "The server could not answer this request";
        byte[] body = problem(code, detail).getBytes(StandardCharsets.UTF_8);
        response.setContentType(PROBLEM_JSON);
        if (code == 503) {
            response.setHeader(HttpHeader.RETRY_AFTER.asString(), "1");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    /** What the caller can do about a refusal, from Jetty's status and reason. */
    static String detail(int status, String reason) {
        String why = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        String lower = why.toLowerCase(Locale.ROOT);
        switch (status) {
            case 414:
                return "The request line is longer than the server accepts: send long values in the request body, "
                        + "not in the path or the query";
            case 431:
                return "The request headers are larger than the server accepts: send fewer or shorter headers";
            case 400:
                if (lower.contains("character") || lower.contains("header") || lower.contains("field")) {
                    return "A request header is malformed (" + why + "): header names and values may not contain "
                            + "control characters";
                }
                return "The request's path or headers are malformed (" + why + "): write % followed by two "
                        + "hexadecimal digits (% itself as %25, never %00), no escaped / or \\ in the path, and no "
                        + "control characters in headers";
            default:
                return why;
        }
    }

    /** A problem body; the detail is the only member that varies beyond status and title. */
    static String problem(int status, String detail) {
        String title = HttpStatus.getMessage(status);
        return "{\"type\":\"urn:pitstop:problem:http-" + status + "\",\"title\":" + quote(title)
                + ",\"status\":" + status + ",\"detail\":" + quote(detail) + "}";
    }

    /** A JSON string; Jetty's reasons may quote the offending bytes, so everything below a space is escaped. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
