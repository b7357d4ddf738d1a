package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.Authenticator;
import io.pitstop.core.api.HealthCheck;
import io.pitstop.core.api.SchemaMigrations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** The distribution boots on Derby, serves the API, and its realm logs users in with hashed passwords. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT {
    @Inject
    private SchemaMigrations migrations;

    @Inject
    private BundleContext context;

    @Inject
    private Authenticator authenticator;

    @Inject
    private AuditService audit;

    private final Http http = new Http();

    @Configuration
    public Option[] config() {
        return PitstopTestSupport.distribution();
    }

    @Test
    public void healthAndProblemBodies() {
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

        Http.Answer missing = http.get("no-such-thing", "admin");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, missing.json().get("status").asInt());
        assertNotNull(missing.json().get("title"));
    }

    @Test
    public void rolesAreCheckedPerEndpoint() {
        http.await("health", null, 60_000);
        assertEquals(401, http.get("dead-letters", null).status());
        assertEquals(403, http.get("dead-letters", "support").status());
        assertEquals(403, http.get("dead-letters", "nobody").status());
        Http.Answer ok = http.get("dead-letters", "integrator");
        assertEquals(ok.toString(), 200, ok.status());
        assertEquals(0, ok.json().get("total").asInt());
    }

    @Test
    public void openApiListsPublishedResources() {
        Http.Answer doc = http.await("openapi.json", null, 60_000);
        assertEquals(doc.toString(), 200, doc.status());
        assertEquals("3.0.3", doc.json().get("openapi").asText());
        assertTrue(doc.json().get("paths").has("/health"));
        assertEquals("admin", doc.json().get("paths").get("/dead-letters").get("get").get("x-roles").get(0).asText());
    }

    @Test
    public void wrongPasswordIs401WithChallenge() {
        http.await("health", null, 60_000);
        Http.Answer bad = http.call("GET", "health", null, null, "Authorization", "Basic YWRtaW46d3Jvbmc=");
        assertEquals(401, bad.status());
        assertTrue(bad.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    public void realmChecksHashedPasswordsAndRoles() throws Exception {
        Actor accountant = authenticator.login("accountant", "accountant").orElseThrow();
        assertEquals("accountant", accountant.name());
        assertEquals(Set.of("accountant"), accountant.roles());
        assertTrue(authenticator.login("accountant", "wrong").isEmpty());
        assertTrue(authenticator.login("ghost", "ghost").isEmpty());
        assertTrue(authenticator.login(" ", "x").isEmpty());
        assertTrue(authenticator.login("accountant", "").isEmpty());
        // the same login answers the same roles however often it is asked (the remembered answer included)
        assertEquals(accountant, authenticator.login("accountant", "accountant").orElseThrow());
        String stored = Files.readString(Path.of(System.getProperty("karaf.etc"), "pitstop-users.properties"));
        assertFalse("passwords must be stored hashed", stored.contains("accountant,accountant"));
        assertTrue(stored.contains("pbkdf2-sha256$"));
    }

    @Test
    public void everyListRefusesBadPagingWithTheFieldAndTheRange() {
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

    @Test
    public void bodiesAreReadStrictlyAndTheMessagesNameTheFieldNotJava() {
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

    @Test
    public void clientMistakesAreNotLoggedAsErrors() throws Exception {
        http.await("contacts?limit=1", "admin", 60_000);
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
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        String text = Files.readString(log);
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
}
