package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;
import io.pitstop.core.api.HealthCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The platform under every service: health and its plugins' checks, problem bodies (also those Jetty and the
 * servlet layer give before any resource runs, sent over a raw socket since Java's clients refuse to send them),
 * roles per endpoint, the OpenAPI document, the realm's hashed passwords, strict paging and body reading, and
 * client mistakes kept out of the error log. Called from the start of {@link CoreSuite}, so they run on Derby and
 * on PostgreSQL in the containers that suite boots anyway; none of them needs a server of its own.
 */
final class PlatformChecks {
    private PlatformChecks() {
    }

    static void healthAndProblemBodies(Http http, BundleContext context) {
        Http.Answer health = http.await("health", null, 60_000);
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());
        assertEquals("UP", health.json().get("checks").get("database").asText());

        // a plugin's failing check turns the server DOWN (503) until it passes or goes
        ServiceRegistration<HealthCheck> bank = context.registerService(HealthCheck.class, new HealthCheck() {
            @Override
            public String name() {
                return "bank";
            }

            @Override
            public Result check() {
                return Result.failing("bank gateway refused the connection");
            }
        }, null);
        try {
            Http.Answer down = http.get("health", null);
            assertEquals(down.toString(), 503, down.status());
            assertEquals("DOWN", down.json().get("status").asText());
            assertEquals("DOWN", down.json().get("checks").get("bank").asText());
            assertEquals("UP", down.json().get("checks").get("database").asText());
            assertFalse("the failure's detail stays in the log", down.body().contains("refused"));
        } finally {
            bank.unregister();
        }
        Http.Answer again = http.get("health", null);
        assertEquals(again.toString(), 200, again.status());
        assertNull(again.json().get("checks").get("bank"));
        assertEquals("UP", again.json().get("checks").get("api").asText());
        Http.Answer contacts = http.get("contacts?limit=1", "manager");
        assertEquals("health UP means the domain resources answer: " + contacts, 200, contacts.status());

        // a plugin's resource that the whiteboard does not serve (here: an extension that never comes) keeps the
        // API from being ready until it is served or goes
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("osgi.jaxrs.resource", true);
        props.put("osgi.jaxrs.extension.select", "(osgi.jaxrs.name=pitstop.itest.missing)");
        ServiceRegistration<Object> unserved = context.registerService(Object.class, new Object(), props);
        try {
            Http.Answer starting = awaitHealth(http, 503);
            assertEquals("DOWN", starting.json().get("checks").get("api").asText());
            assertEquals("UP", starting.json().get("checks").get("database").asText());
        } finally {
            unserved.unregister();
        }
        assertEquals("UP", awaitHealth(http, 200).json().get("checks").get("api").asText());

        Http.Answer missing = http.get("no-such-thing", "admin");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, missing.json().get("status").asInt());
        assertNotNull(missing.json().get("title"));
    }

    /** Health answers from what it found at most a second ago: poll for the state a change leads to. */
    private static Http.Answer awaitHealth(Http http, int status) {
        long end = System.currentTimeMillis() + 10_000;
        Http.Answer last;
        do {
            last = http.get("health", null);
            if (last.status() == status) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        } while (System.currentTimeMillis() < end);
        throw new AssertionError("health did not answer " + status + " within 10 s; last: " + last);
    }

    static void rolesAreCheckedPerEndpoint(Http http, DataSource dataSource) throws Exception {
        http.await("health", null, 60_000);
        assertEquals(401, http.get("dead-letters", null).status());
        assertEquals(403, http.get("dead-letters", "support").status());
        assertEquals(403, http.get("dead-letters", "nobody").status());
        Http.Answer ok = http.get("dead-letters", "integrator");
        assertEquals(ok.toString(), 200, ok.status());
        // the server is shared with the other checks, some of which leave letters: the list counts every one stored
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM dead_letter")) {
            r.next();
            assertEquals(ok.toString(), r.getLong(1), ok.json().get("total").asLong());
        }
    }

    static void openApiListsPublishedResources(Http http) {
        Http.Answer doc = http.await("openapi.json", null, 60_000);
        assertEquals(doc.toString(), 200, doc.status());
        assertEquals("3.0.3", doc.json().get("openapi").asText());
        assertTrue(doc.json().get("paths").has("/health"));
        assertEquals("admin", doc.json().get("paths").get("/dead-letters").get("get").get("x-roles").get(0).asText());
    }

    static void wrongPasswordIs401WithChallenge(Http http) {
        http.await("health", null, 60_000);
        Http.Answer bad = http.call("GET", "health", null, null, "Authorization", "Basic YWRtaW46d3Jvbmc=");
        assertEquals(401, bad.status());
        assertTrue(bad.header("WWW-Authenticate").startsWith("Basic"));

        // PBKDF2 cannot tell "admin" from "admin" plus NULs (HMAC pads its key with zeros): refused like a wrong password
        for (String password : new String[] {"admin\u0000", "admin\u0000\u0000", "admin\u001b"}) {
            Http.Answer nul = http.call("GET", "dead-letters", null, null, "Authorization", basic("admin", password));
            assertEquals(password.length() + " chars: " + nul, 401, nul.status());
            assertTrue(nul.header("Content-Type").startsWith("application/problem+json"));
        }
        Http.Answer right = http.call("GET", "dead-letters", null, null, "Authorization", basic("admin", "admin"));
        assertEquals(right.toString(), 200, right.status());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static void realmChecksHashedPasswordsAndRoles(Authenticator authenticator) throws Exception {
        Actor accountant = authenticator.login("accountant", "accountant").orElseThrow();
        assertEquals("accountant", accountant.name());
        assertEquals(Set.of("accountant"), accountant.roles());
        assertTrue(authenticator.login("accountant", "wrong").isEmpty());
        assertTrue(authenticator.login("ghost", "ghost").isEmpty());
        assertTrue(authenticator.login(" ", "x").isEmpty());
        assertTrue(authenticator.login("accountant", "").isEmpty());
        assertTrue(authenticator.login("accountant", "accountant\u0000").isEmpty());
        // the same login answers the same roles however often it is asked (the remembered answer included)
        assertEquals(accountant, authenticator.login("accountant", "accountant").orElseThrow());
        String stored = Files.readString(Path.of(System.getProperty("karaf.etc"), "pitstop-users.properties"));
        assertFalse("passwords must be stored hashed", stored.contains("accountant,accountant"));
        assertTrue(stored.contains("pbkdf2-sha256$"));
    }

    /**
     * Every answer under /api is a problem body, also those Jetty and the servlet layer give before any resource
     * runs, and a path sent under /api never reaches the web UI. Sent over a socket: Java's clients refuse most of
     * these requests.
     */
    static void answersBeforeAnyResourceAreProblemBodies(Http http) {
        http.await("health", null, 60_000);
        RawHttp raw = new RawHttp();
        String admin = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin".getBytes());

        // malformed escapes: the query's answered 500 "internal", the path's a stack trace or Jetty's HTML
        assertEquals("query", problem(raw, 400, raw.send("GET", "/api/contacts/organizations?q=%zz", null, admin))
                .get("errors").get(0).get("field").asText());
        assertEquals("query", problem(raw, 400, raw.send("GET", "/api/accounts?status=%G1", null, admin))
                .get("errors").get(0).get("field").asText());
        assertEquals("path", problem(raw, 400, raw.send("GET", "/api/contacts/x%u0041", null, admin))
                .get("errors").get(0).get("field").asText());
        assertTrue(problem(raw, 400, raw.send("GET", "/api/contacts/%zz", null, admin)).get("detail").asText().contains("%25"));
        problem(raw, 400, raw.send("GET", "/api/contacts/a%00b", null, admin));

        // paths sent under /api that leave it: the web UI's start page answered them with 200
        problem(raw, 404, raw.send("GET", "/api/contacts/..%2F..%2Fetc%2Fpasswd", null, admin));
        problem(raw, 404, raw.send("GET", "/api/ledger/../../etc/passwd", null, admin));
        problem(raw, 404, raw.send("GET", "/api/contacts/%2e%2e/%2e%2e/etc/passwd", null, admin));

        // refused by Jetty itself: a control character in a header, a URI or headers beyond its buffers
        assertTrue(problem(raw, 400, raw.send("GET", "/api/health", null, "X-Note: a\u0001b")).get("detail").asText().contains("header"));
        problem(raw, 414, raw.send("GET", "/api/health?x=" + "a".repeat(70_000), null));
        problem(raw, 431, raw.send("GET", "/api/health", null, "X-Big: " + "b".repeat(70_000)));

        // TRACE answered 405 with an empty body
        problem(raw, 405, raw.send("TRACE", "/api/health", null));

        // 405 says which methods the path answers, in Allow and in the detail
        RawHttp.Answer delete = raw.send("DELETE", "/api/health", null, admin);
        JsonNode notAllowed = problem(raw, 405, delete);
        assertTrue(delete.toString(), delete.header("Allow").contains("GET"));
        assertTrue(notAllowed.get("detail").asText(), notAllowed.get("detail").asText().contains("GET"));
        assertFalse(notAllowed.get("detail").asText().contains("HTTP 405"));

        // 415 names the media types the operation reads
        JsonNode unsupported = problem(raw, 415, raw.send("POST", "/api/contacts/organizations", "name=x", admin,
                "Content-Type: text/plain"));
        assertTrue(unsupported.get("detail").asText(), unsupported.get("detail").asText().contains("application/json"));
        assertTrue(unsupported.get("detail").asText().contains("text/plain"));

        // outside /api nothing changed: the web UI still answers its own paths
        RawHttp.Answer ui = raw.send("GET", "/login", null);
        assertEquals(ui.toString(), 200, ui.status());
        assertTrue(ui.header("Content-Type").startsWith("text/html"));
    }

    /** Asserts a problem body of that status, as a person and a program read it, and returns it. */
    private static JsonNode problem(RawHttp raw, int status, RawHttp.Answer answer) {
        assertEquals(answer.toString(), status, answer.status());
        assertNotNull(answer.toString(), answer.header("Content-Type"));
        assertTrue(answer.toString(), answer.header("Content-Type").startsWith("application/problem+json"));
        JsonNode body = raw.json(answer);
        assertEquals(answer.toString(), status, body.get("status").asInt());
        assertTrue(answer.toString(), body.get("type").asText().startsWith("urn:pitstop:problem:"));
        assertFalse(answer.toString(), body.get("title").asText().isBlank());
        assertFalse(answer.toString(), body.get("detail").asText().isBlank());
        String text = answer.body().toLowerCase(Locale.ROOT);
        for (String leak : new String[] {"java.", "exception", "\tat ", "<html", "org.apache", "org.eclipse", "io.pitstop"}) {
            assertFalse(leak + " in " + answer, text.contains(leak));
        }
        return body;
    }

    static void everyListRefusesBadPagingWithTheFieldAndTheRange(Http http) {
        http.await("contacts?limit=1", "admin", 60_000);
        String[] lists = {"contacts", "contacts/organizations", "accounts", "ledger/transactions", "dead-letters",
            "accounts/" + java.util.UUID.randomUUID() + "/audit", "contacts/" + java.util.UUID.randomUUID() + "/audit"};
        String[][] bad = {{"limit=abc", "limit"}, {"limit=1.5", "limit"}, {"limit=-1", "limit"}, {"limit=1001", "limit"},
            {"offset=99999999999", "offset"}, {"offset=-5", "offset"}, {"offset=%20", "offset"}};
        for (String list : lists) {
            for (String[] query : bad) {
                Http.Answer a = http.get(list + "?" + query[0], "admin");
                assertEquals(list + "?" + query[0] + ": " + a, 400, a.status());
                assertTrue(a.header("Content-Type").startsWith("application/problem+json"));
                assertEquals(query[1], a.json().get("errors").get(0).get("field").asText());
                assertTrue(a.toString(), a.json().get("errors").get(0).get("message").asText().startsWith("must be a whole number from "));
            }
        }
        assertEquals(200, http.get("ledger/transactions?offset=0&limit=1000", "admin").status());
        // sort keys and flags in their documented form only
        Http.Answer sort = http.get("contacts?sort=name%00", "admin");
        assertEquals(sort.toString(), 400, sort.status());
        assertEquals("sort", sort.json().get("errors").get(0).get("field").asText());
        Http.Answer pending = http.get("ledger/holds?book=bank&pending=maybe", "admin");
        assertEquals(pending.toString(), 400, pending.status());
        assertEquals("must be true or false", pending.json().get("errors").get(0).get("message").asText());
        Http.Answer status = http.get("accounts?status=%20ACTIVE", "admin");
        assertEquals(status.toString(), 400, status.status());
        assertEquals("must be one of ACTIVE, SUSPENDED, CLOSED", status.json().get("errors").get(0).get("message").asText());
    }

    static void bodiesAreReadStrictlyAndTheMessagesNameTheFieldNotJava(Http http) {
        http.await("contacts?limit=1", "admin", 60_000);
        String before = http.get("contacts?status=ANY&limit=1", "admin").json().get("total").asText();
        expect(http.post("contacts/organizations", "manager", "{\"name\":true}"), "name", "must be a text");
        expect(http.post("contacts/organizations", "manager", "{\"name\":\"A\",\"name\":\"B\"}"), "name", "is given more than once");
        expect(http.post("contacts/organizations", "manager", "{\"name\":\"\\u200B\\uFEFF\"}"), "name", "must contain a visible character");
        expect(http.post("contacts/organizations", "manager", "{\"name\":\"Acme\\u0000\"}"), "name",
                "must not contain control characters: found U+0000 at position 5");
        expect(http.post("contacts/organizations", "manager", "{\"name\":\"A\\uD800\"}"), "name",
                "must not contain half of a character (a lone surrogate at position 2)");
        expect(http.post("ledger/transactions", "accountant", "{\"type\":\"adjustment\",\"lines\":\"x\"}",
                "Idempotency-Key", "strict-input-1"), "lines", "must be a list");
        expect(http.post("ledger/transactions", "accountant", "{\"lines\":[{\"amount\":\"1.00\"}]}",
                "Idempotency-Key", "strict-input-2"), "lines[0].amount", "must be a number");
        // a megabyte's worth of a wrong id is quoted, not echoed
        Http.Answer huge = http.post("ledger/transactions", "accountant", "{\"lines\":[{\"book\":\"" + "x".repeat(500_000) + "\"}]}",
                "Idempotency-Key", "strict-input-3");
        assertEquals(huge.toString().substring(0, 200), 400, huge.status());
        assertTrue("answer of " + huge.body().length() + " characters", huge.body().length() < 2_000);
        // in the caller's language
        Http.Answer ru = http.call("POST", "contacts/organizations", "manager", "{\"name\":true}", "Accept-Language", "ru");
        assertEquals("должно быть строкой", ru.json().get("errors").get(0).get("message").asText());
        assertEquals("nothing refused was written", before, http.get("contacts?status=ANY&limit=1", "admin").json().get("total").asText());
    }

    static void clientMistakesAreNotLoggedAsErrors(Http http) throws Exception {
        http.await("contacts?limit=1", "admin", 60_000);
        // the server is shared with the other checks: only what the log gained during this one is read
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long from = Files.size(log);
        String auth = "Basic " + java.util.Base64.getEncoder().encodeToString("manager:manager".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.net.URI organizations = java.net.URI.create("http://localhost:" + System.getProperty(PitstopTestSupport.HTTP_PORT_PROPERTY)
                + "/api/contacts/organizations");
        // a body without a type (CXF reads it as application/octet-stream) or in one no reader takes: 4xx, no ERROR
        for (String type : new String[] {null, "text/plain", "application/octet-stream", "application/xml",
            "application/json-patch+json", "application/problem+json"}) {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(organizations)
                    .header("Authorization", auth).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"Acme\"}"));
            if (type != null) {
                request.header("Content-Type", type);
            }
            java.net.http.HttpResponse<String> answer = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(type + ": " + answer.statusCode() + " " + answer.body(), answer.statusCode() >= 400 && answer.statusCode() < 500);
        }
        for (int i = 0; i < 3; i++) {
            assertEquals(400, http.post("contacts/organizations", "manager", "{\"name\":").status());
            assertEquals(400, http.post("contacts/organizations", "manager", "{\"name\":[1]}").status());
            assertEquals(400, http.get("accounts?limit=abc", "admin").status());
        }
        String text = logSince(log, from);
        assertFalse("CXF's reader complaint is a client mistake", text.contains("No message body reader has been found"));
        assertFalse("no incident for a client mistake", text.contains("Internal error, incident"));
        assertFalse(text.matches("(?s).*\\| ERROR \\|[^\\n]*(ProblemMapper|JAXRSUtils).*"));
    }

    private static void expect(Http.Answer a, String field, String message) {
        assertEquals(a.toString(), 400, a.status());
        assertTrue(a.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(a.toString(), field, a.json().get("errors").get(0).get("field").asText());
        assertEquals(a.toString(), message, a.json().get("errors").get(0).get("message").asText());
        assertFalse(a.body(), a.body().matches("(?s).*(io\\.pitstop|java\\.|jackson|Cannot deserialize|Bodies\\$).*"));
    }

    /** What the log gained since that length (all of it when a rollover made the file shorter). */
    private static String logSince(Path log, long from) throws Exception {
        byte[] all = Files.readAllBytes(log);
        int start = all.length >= from ? (int) from : 0;
        return new String(all, start, all.length - start, StandardCharsets.UTF_8);
    }
}
