package io.pitstop.core.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.MessageCatalogue;
import java.io.InputStream;
import org.junit.Test;

public class ApiRequestGuardTest {
    @Test
    public void pathsSentUnderApiThatLeaveItAreNotFound() {
        // what Jetty made of them before choosing a context: the web UI at / answered both with its start page
        ApiRequestGuard.Refusal dots = ApiRequestGuard.check("GET", "/api/ledger/../../etc/passwd", "/etc/passwd", null);
        assertEquals(404, dots.status());
        assertEquals("http-404", dots.type());
        ApiRequestGuard.Refusal escaped = ApiRequestGuard.check("GET", "/api/contacts/..%2F..%2Fetc%2Fpasswd", "/etc/passwd", null);
        assertEquals(404, escaped.status());
        assertEquals(404, ApiRequestGuard.check("GET", "/api/contacts/%2e%2e/%2e%2e/etc", "/etc", null).status());
        assertEquals(404, ApiRequestGuard.check("GET", "/api/..", "/", null).status());
        assertEquals(404, ApiRequestGuard.check("GET", "/api/x/../../apix", "/apix", null).status());
        // Jetty could not normalise it at all
        assertEquals(404, ApiRequestGuard.check("GET", "/api/../../..", null, null).status());
    }

    @Test
    public void malformedEscapesAreRefusedNamingPathOrQuery() {
        ApiRequestGuard.Refusal query = ApiRequestGuard.check("GET", "/api/contacts/organizations", "/api/contacts/organizations", "q=%zz");
        assertEquals(400, query.status());
        assertEquals("validation", query.type());
        assertEquals("query", query.error().field());
        assertTrue(query.detail().startsWith("query "));
        assertEquals("query", ApiRequestGuard.check("GET", "/api/accounts", "/api/accounts", "status=%G1").error().field());
        assertEquals("query", ApiRequestGuard.check("GET", "/api/accounts", "/api/accounts", "a=1&b=%").error().field());
        assertEquals("query", ApiRequestGuard.check("GET", "/api/accounts", "/api/accounts", "b=%4").error().field());
        // Jetty decodes %u0041 itself and CXF then failed with a stack trace
        ApiRequestGuard.Refusal path = ApiRequestGuard.check("GET", "/api/contacts/x%u0041", "/api/contacts/xA", null);
        assertEquals(400, path.status());
        assertEquals("path", path.error().field());
    }

    @Test
    public void traceIsRefused() {
        ApiRequestGuard.Refusal trace = ApiRequestGuard.check("TRACE", "/api/health", "/api/health", null);
        assertEquals(405, trace.status());
        assertTrue(trace.detail().contains("TRACE"));
    }

    @Test
    public void ordinaryApiRequestsPass() {
        assertNull(ApiRequestGuard.check("GET", "/api/health", "/api/health", null));
        assertNull(ApiRequestGuard.check("GET", "/api/contacts/organizations", "/api/contacts/organizations", "q=%D0%98%20x&limit=5"));
        assertNull(ApiRequestGuard.check("POST", "/api/ledger/transactions", "/api/ledger/transactions", null));
        assertNull(ApiRequestGuard.check("GET", "/api/contacts/a%20b", "/api/contacts/a b", "q=100%25"));
        // dots that stay inside the API are the API's to answer
        assertNull(ApiRequestGuard.check("GET", "/api/contacts/../health", "/api/health", null));
    }

    @Test
    public void onlyPathsSentUnderApiAreTheGuardsConcern() {
        assertTrue(ApiRequestGuard.underApi("/api"));
        assertTrue(ApiRequestGuard.underApi("/api/health"));
        assertTrue(ApiRequestGuard.underApi("/api;jsessionid=1"));
        assertFalse(ApiRequestGuard.underApi("/apix"));
        assertFalse(ApiRequestGuard.underApi("/"));
        assertFalse(ApiRequestGuard.underApi("/login"));
        assertFalse(ApiRequestGuard.underApi(null));
    }

    @Test
    public void wellEscapedMeansTwoHexDigitsAfterEveryPercent() {
        assertTrue(ApiRequestGuard.wellEscaped("a%20b%2Fc%ff"));
        assertTrue(ApiRequestGuard.wellEscaped("plain"));
        assertFalse(ApiRequestGuard.wellEscaped("%zz"));
        assertFalse(ApiRequestGuard.wellEscaped("%G1"));
        assertFalse(ApiRequestGuard.wellEscaped("x%"));
        assertFalse(ApiRequestGuard.wellEscaped("x%a"));
        assertFalse(ApiRequestGuard.wellEscaped("%u0041"));
    }

    @Test
    public void everyRefusalSpeaksRussian() throws Exception {
        MessageCatalogue ru;
        try (InputStream in = getClass().getResourceAsStream("/OSGI-INF/l10n/server-messages_ru.txt")) {
            ru = MessageCatalogue.read("core-rest", in);
        }
        for (ApiRequestGuard.Refusal r : new ApiRequestGuard.Refusal[] {
                ApiRequestGuard.check("TRACE", "/api/health", "/api/health", null),
                ApiRequestGuard.check("GET", "/api/x/../../etc", "/etc", null),
                ApiRequestGuard.check("GET", "/api/x", "/api/x", "q=%zz")}) {
            assertFalse(r.title(), r.title().equals(ru.translate(r.title())));
            String message = r.error() == null ? r.detail() : r.error().message();
            assertFalse(message, message.equals(ru.translate(message)));
        }
    }
}
