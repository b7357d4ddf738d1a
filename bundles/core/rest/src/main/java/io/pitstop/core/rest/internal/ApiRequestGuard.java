package io.pitstop.core.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Translations;
import io.pitstop.core.rest.Rest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.core.HttpHeaders;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses, with a problem body, the {@code /api} requests that would otherwise never reach the API or reach it
 * broken. It runs in Jetty before any context is chosen (Pax Web adds every {@link HttpConfiguration.Customizer}
 * service to its connectors, without restarting them), because by the time a context is chosen Jetty has already
 * decoded and normalised the path: {@code /api/ledger/../../etc/passwd} and {@code /api/contacts/..%2F..%2Fetc}
 * become {@code /etc/...} and the web UI at {@code /} answered them with its start page. Here the path is still as
 * sent, so a path sent under {@code /api} that leaves it is a 404; a malformed percent-escape in the path or the
 * query is a 400 naming which (CXF failed on them with a 500 or a stack trace); {@code TRACE} is a 405 (it would
 * echo the caller's credentials). Requests outside {@code /api} pass untouched.
 */
@Component(service = HttpConfiguration.Customizer.class)
public class ApiRequestGuard implements HttpConfiguration.Customizer {
    /** The JAX-RS whiteboard's application base ({@code default.application.base} in the distribution's etc/). */
    static final String API = "/api";

    static final String MALFORMED =
            "has a malformed percent-escape: write % followed by two hexadecimal digits, and % itself as %25";

    private static final Logger LOG = LoggerFactory.getLogger(ApiRequestGuard.class);

    private final ObjectMapper json = new ObjectMapper();
    private final Translations translations;
    private final ProblemLanguage language;

    @Activate
    public ApiRequestGuard(@Reference Translations translations) {
        this.translations = translations;
        this.language = new ProblemLanguage(translations);
    }

    /** Why a request is refused: status, problem type, title, detail and the part of the request at fault. */
    record Refusal(int status, String type, String title, String detail, FieldError error) {
        Refusal(int status, String type, String title, String detail) {
            this(status, type, title, detail, null);
        }

        /** A 400 for one part of the request (path, query), worded like a field error of the body. */
        static Refusal invalid(String part, String message) {
            return new Refusal(400, "validation", "Invalid input", part + " " + message, new FieldError(part, message));
        }
    }

    @Override
    public void customize(Connector connector, HttpConfiguration channelConfig, Request request) {
        String raw = request.getRequestURI();
        if (!underApi(raw)) {
            return;
        }
        Refusal refusal = check(request.getMethod(), raw, request.getPathInfo(), request.getQueryString());
        if (refusal != null) {
            LOG.debug("Refused {} {}: {}", request.getMethod(), raw, refusal.detail());
            answer(request, refusal);
        }
    }

    /** Whether a path as sent is one of the API's, so that its answers must be problem bodies. */
    static boolean underApi(String rawPath) {
        return rawPath != null && (rawPath.equals(API) || rawPath.startsWith(API + "/") || rawPath.startsWith(API + ";"));
    }

    /**
     * The refusal for an {@code /api} request, or null to let it through.
     *
     * @param rawPath   the path as sent, percent-escapes and dot segments included
     * @param canonical the path as Jetty decoded and normalised it (null when it could not)
     * @param rawQuery  the query as sent, or null
     */
    static Refusal check(String method, String rawPath, String canonical, String rawQuery) {
        if ("TRACE".equalsIgnoreCase(method)) {
            return new Refusal(405, "http-405", "Method Not Allowed",
                    "TRACE is not answered: it would echo the request, credentials included, back to the caller");
        }
        if (!wellEscaped(rawPath)) {
            return Refusal.invalid("path", MALFORMED);
        }
        if (canonical == null || !underApi(canonical)) {
            return new Refusal(404, "http-404", "Not Found",
                    "Nothing answers at this path: a path under /api cannot leave it with .. segments or escaped separators");
        }
        if (rawQuery != null && !wellEscaped(rawQuery)) {
            return Refusal.invalid("query", MALFORMED);
        }
        return null;
    }

    /** Whether every % starts an escape of exactly two hexadecimal digits (no %u0041, no lone %). */
    static boolean wellEscaped(String s) {
        for (int i = s.indexOf('%'); i >= 0; i = s.indexOf('%', i + 1)) {
            if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0 || Character.digit(s.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private void answer(Request request, Refusal refusal) {
        Locale locale = translations.choose(ProblemLanguage.preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        Map<String, Object> body = Problems.body(refusal.status(), refusal.type(), refusal.title(), refusal.detail(),
                refusal.error() == null ? null : List.of(refusal.error()), null);
        if (!Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            language.translate(body, locale);
        }
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body of strings could not be written", e);
        }
        Response response = request.getResponse();
        response.setStatus(refusal.status());
        response.setContentType(Rest.PROBLEM_JSON);
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
            response.closeOutput();
        } catch (IOException e) {
            throw new UncheckedIOException("The refusal of " + request.getRequestURI() + " could not be sent", e);
        }
        // Jetty then skips the handlers: no context, servlet or filter sees the request
        request.setHandled(true);
    }
}
