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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
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
            Http.Answer starting = awaitHealth(503);
            assertEquals("DOWN", starting.json().get("checks").get("api").asText());
            assertEquals("UP", starting.json().get("checks").get("database").asText());
        } finally {
            unserved.unregister();
        }
        assertEquals("UP", awaitHealth(200).json().get("checks").get("api").asText());

        Http.Answer missing = http.get("no-such-thing", "admin");
        assertEquals(404, missing.status());
        assertTrue(missing.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, missing.json().get("status").asInt());
        assertNotNull(missing.json().get("title"));
    }

    /** Health answers from what it found at most a second ago: poll for the state a change leads to. */
    private Http.Answer awaitHealth(int status) {
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

    @Test
    public void realmChecksHashedPasswordsAndRoles() throws Exception {
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
}
