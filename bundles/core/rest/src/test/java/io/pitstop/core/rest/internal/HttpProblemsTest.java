package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.NotSupportedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import io.pitstop.core.api.MessageCatalogue;
import java.io.InputStream;
import org.junit.Test;

public class HttpProblemsTest {
    private static HttpProblems.Operation operation(String contentType, MediaType... consumes) {
        return new HttpProblems.Operation() {
            @Override
            public Collection<MediaType> consumes() {
                return List.of(consumes);
            }

            @Override
            public String contentType() {
                return contentType;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Response r) {
        // the builder unwraps the GenericEntity outside a JAX-RS runtime
        Object entity = r.getEntity();
        return (Map<String, Object>) (entity instanceof GenericEntity<?> g ? g.getEntity() : entity);
    }

    @Test
    public void methodNotAllowedListsTheAllowedMethodsInHeaderAndDetail() {
        // as CXF builds it: the Allow header of the methods the path answers
        Response cxf = Response.status(405).header("Allow", "POST").header("Allow", "GET,HEAD").build();
        Response r = HttpProblems.of(new NotAllowedException(cxf), operation(null));
        assertEquals(405, r.getStatus());
        assertEquals("GET, HEAD, POST", r.getHeaderString("Allow"));
        assertEquals("application/problem+json", r.getMediaType().toString());
        assertEquals("urn:pitstop:problem:http-405", body(r).get("type"));
        assertEquals("This path answers only GET, HEAD, POST", body(r).get("detail"));
        assertEquals(List.of("GET", "HEAD", "POST"), body(r).get("allowed"));
    }

    @Test
    public void unsupportedMediaTypeNamesWhatTheOperationReads() {
        Response r = HttpProblems.of(new NotSupportedException(), operation("text/plain; charset=UTF-8",
                MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf("application/merge-patch+json")));
        assertEquals(415, r.getStatus());
        String detail = (String) body(r).get("detail");
        assertEquals("This operation reads only application/json, application/merge-patch+json; "
                + "the request body was sent as text/plain; charset=UTF-8", detail);
        assertFalse(detail.contains("HTTP 415"));
        assertEquals(List.of("application/json", "application/merge-patch+json"), body(r).get("accepted"));

        String none = (String) body(HttpProblems.of(new NotSupportedException(), operation(null, MediaType.APPLICATION_JSON_TYPE))).get("detail");
        assertTrue(none, none.endsWith("sent without a Content-Type"));
        String control = (String) body(HttpProblems.of(new NotSupportedException(), operation("text/\u0001x"))).get("detail");
        assertFalse(control.contains("\u0001"));
    }

    @Test
    public void notFoundPointsAtTheApiDescription() {
        Response r = HttpProblems.of(new NotFoundException(), operation(null));
        assertEquals(404, r.getStatus());
        assertTrue(((String) body(r).get("detail")).contains("/api/openapi.json"));
    }

    @Test
    public void aRefusalThatIsAlreadyAProblemIsKept() {
        Response tooLarge = SecurityFilter.tooLarge();
        assertSame(tooLarge, HttpProblems.of(new WebApplicationException(tooLarge), operation(null)));
    }

    @Test
    public void serverErrorsAreNotTheirsToAnswer() {
        assertNull(HttpProblems.of(new WebApplicationException(503), operation(null)));
        assertNull(HttpProblems.of((WebApplicationException) null));
    }

    @Test
    public void everyDetailSpeaksRussian() throws Exception {
        MessageCatalogue ru;
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/l10n/server-messages_ru.txt")) {
            ru = MessageCatalogue.read("core-rest", in);
        }
        for (Response r : List.of(
                HttpProblems.of(new NotFoundException(), operation(null)),
                HttpProblems.of(new NotAllowedException(Response.status(405).header("Allow", "GET").build()), operation(null)),
                HttpProblems.of(new WebApplicationException(Response.status(405).build()), operation(null)),
                HttpProblems.of(new NotSupportedException(), operation("text/plain", MediaType.APPLICATION_JSON_TYPE)),
                HttpProblems.of(new NotSupportedException(), operation(null, MediaType.APPLICATION_JSON_TYPE)),
                HttpProblems.of(new NotSupportedException(), operation("text/plain")),
                HttpProblems.of(new NotSupportedException(), operation(null)),
                HttpProblems.of(new javax.ws.rs.NotAcceptableException(), operation(null)))) {
            for (String member : List.of("title", "detail")) {
                String english = (String) body(r).get(member);
                assertFalse(english, english.equals(ru.translate(english)));
            }
        }
    }
}
