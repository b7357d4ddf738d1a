package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pitstop.ledger.api.Ledger;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Credit applications of the KSO plugin in the running server: the life cycle through REST, the broker route against
 * a local HTTP server that fails first and then answers, rewards posted once at the issue and cleared when paid,
 * income per manager, and bad input refused with nothing saved.
 */
public final class KsoApplicationChecks {
    static final String FEATURE = "pitstop-kso";
    /** The bank whose applications the local broker always refuses: they must end as dead letters. */
    static final String REFUSED_BANK = "Банк отказов";

    private KsoApplicationChecks() {
    }

    /** Runs the checks with the plugin installed, and leaves the server as it found it. */
    static void run(BundleContext context, Http http, Api api, DataSource dataSource, Ledger ledger) throws Exception {
        ServiceReference<FeaturesService> ref = context.getServiceReference(FeaturesService.class);
        FeaturesService features = context.getService(ref);
        boolean installedHere = !features.isInstalled(features.getFeature(FEATURE));
        try {
            if (installedHere) {
                features.installFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            }
            Http.Answer up = http.await("kso/applications?limit=1", "manager", 60_000);
            assertEquals(up.toString(), 200, up.status());
            String contact = api.createOrganization("ООО Кредит-проверка", Api.uniqueInn());
            badInputIsRefusedWithNothingSaved(http, dataSource, contact);
            lifeCycleWithBrokerRewardsAndIncome(context, http, dataSource, ledger, contact);
        } finally {
            if (installedHere) {
                // without a refresh: the probe's dynamic imports may have wired to the plugin's packages, and a
                // refresh would take this bundle (and every check after this one) away with it
                features.uninstallFeature(FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            }
            context.ungetService(ref);
        }
    }

    /** The seed's offer: 1 550 000 over 36 months at 14.3 %, GAP and legal help with their rewards, the bank's reward. */
    static String application(String contact, String bank) {
        return "{\"contactId\":\"" + contact + "\",\"offer\":{\"programmeId\":\"113123\",\"programmeName\":\"Changer Direct\","
                + "\"bank\":\"" + bank + "\",\"annualRatePercent\":14.3,\"termMonths\":36,\"amount\":1550000.00,"
                + "\"downPayment\":1000000.00,\"monthlyPayment\":53201.45,\"programmeReward\":15500.00,\"products\":["
                + "{\"name\":\"GAP\",\"price\":49900.00,\"counterparty\":\"Ингосстрах\",\"reward\":43146.00},"
                + "{\"name\":\"Продукты банка\",\"price\":19900.00},"
                + "{\"name\":\"Юр. помощь\",\"price\":180000.00,\"counterparty\":\"Автоюрист\",\"reward\":152000.00}]}}";
    }

    static void badInputIsRefusedWithNothingSaved(Http http, DataSource dataSource, String contact) throws SQLException {
        long before = count(dataSource, "kso_application");
        String good = application(contact, "Совкомбанк");
        Map<String, String> bad = Map.of(
                good.replace("\"amount\":1550000.00", "\"amount\":0"), "offer.amount",
                good.replace("\"annualRatePercent\":14.3", "\"annualRatePercent\":100.5"), "offer.annualRatePercent",
                good.replace("\"monthlyPayment\":53201.45", "\"monthlyPayment\":-5"), "offer.monthlyPayment",
                good.replace("\"downPayment\":1000000.00", "\"downPayment\":-1.00"), "offer.downPayment",
                good.replace("\"termMonths\":36", "\"termMonths\":0"), "offer.termMonths",
                good.replace("\"counterparty\":\"Ингосстрах\",", ""), "offer.products[0].counterparty",
                good.replace(contact, UUID.randomUUID().toString()), "contactId");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Http.Answer a = http.post("kso/applications", "manager", e.getKey());
            assertEquals(a.toString(), 400, a.status());
            assertTrue(e.getValue() + ": " + a, a.body().contains("\"" + e.getValue() + "\""));
        }
        assertEquals(403, http.post("kso/applications", "support", good).status());
        assertEquals(401, http.post("kso/applications", null, good).status());
        assertEquals(400, http.get("kso/income?month=2026-13", "manager").status());
        assertEquals(400, http.get("kso/applications?status=unknown", "manager").status());
        assertEquals(404, http.get("kso/applications/" + UUID.randomUUID(), "manager").status());
        assertEquals(before, count(dataSource, "kso_application"));
    }

    /** A credit application in draft on the contact, for the bad-input suite; its id. */
    static String draftApplication(Http http, String contact) {
        Http.Answer a = http.post("kso/applications", "manager", application(contact, "Проверочный банк"));
        assertEquals(a.toString(), 201, a.status());
        return a.json().path("application").path("id").asText();
    }

    /**
     * For the bad-input suite: an application the bank approved (through the broker's answer) and a reward of an
     * issued one, as {id, reward id}. Both pass the broker, which has no URL in the test distribution: each ends as a
     * dead letter after its attempts, and this waits for that so that the database is still when it returns.
     */
    static String[] decidedAndIssued(Http http, String contact) throws InterruptedException {
        String[] ids = new String[2];
        for (int i = 0; i < 2; i++) {
            // counterparties of their own: the life-cycle check reads its counterparties' books whole
            Http.Answer a = http.post("kso/applications", "manager", application(contact, "Проверочный банк")
                    .replace("Ингосстрах", "Проверочная страховая").replace("Автоюрист", "Проверочный юрист"));
            assertEquals(a.toString(), 201, a.status());
            ids[i] = a.json().path("application").path("id").asText();
            move(http, ids[i], "questionnaire", 200);
            move(http, ids[i], "documents", 200);
            move(http, ids[i], "sent", 200);
            Http.Answer answer = http.post("kso/broker/answers", "admin", "{\"applicationId\":\"" + ids[i]
                    + "\",\"decision\":\"approved\",\"reference\":\"EC-input\"}");
            assertEquals(answer.toString(), 200, answer.status());
        }
        move(http, ids[1], "offer_confirmed", 200);
        JsonNode rewards = move(http, ids[1], "issued", 200).json().path("rewards");
        assertTrue(rewards.toString(), rewards.size() > 0);
        long deadline = System.currentTimeMillis() + 60_000;
        String letters = "";
        while (!(letters.contains(ids[0]) && letters.contains(ids[1]))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the broker route never gave up on " + List.of(ids) + ": " + letters);
            }
            Thread.sleep(250);
            letters = http.get("dead-letters?source=kso-broker&limit=100", "admin").body();
        }
        return new String[] {ids[0], rewards.get(0).path("id").asText()};
    }

    static void lifeCycleWithBrokerRewardsAndIncome(BundleContext context, Http http, DataSource dataSource, Ledger ledger, String contact)
            throws Exception {
        Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        List<String> authorizations = new ArrayList<>();
        // the first attempt of every application fails; then an approval, except for the bank that always refuses
        LocalBroker broker = new LocalBroker((authorization, body) -> {
            authorizations.add(authorization);
            String key = body.replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
            int attempt = calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            boolean ok = attempt > 1 && !body.contains(REFUSED_BANK);
            return ok ? "{\"decision\":\"approved\",\"annualRatePercent\":13.9,\"amount\":1550000.00,"
                    + "\"termMonths\":36,\"monthlyPayment\":52880.12,\"reference\":\"EC-" + attempt + "\"}" : null;
        });
        Path cfg = Path.of(System.getProperty("karaf.etc"), "io.pitstop.kso.broker.cfg");
        String original = Files.exists(cfg) ? Files.readString(cfg) : null;
        try {
            String url = "http://127.0.0.1:" + broker.port() + "/e-credit";
            Files.writeString(cfg, "url = " + url + "\nuser = dealer\n.password = s3cret\nmaximumRedeliveries = 2\n"
                    + "redeliveryDelayMillis = 200\ntimeoutSeconds = 5\n");
            awaitRoute(context, url);
            Http.Answer created = http.post("kso/applications", "manager", application(contact, "Совкомбанк"));
            assertEquals(created.toString(), 201, created.status());
            JsonNode app = created.json().path("application");
            String id = app.path("id").asText();
            assertEquals("DRAFT", app.path("status").asText());
            assertEquals("manager", app.path("manager").asText());
            assertEquals(3, app.path("offer").path("products").size());

            move(http, id, "questionnaire", 200);
            move(http, id, "documents", 200);
            Http.Answer skipped = move(http, id, "issued", 422);
            assertTrue(skipped.body(), skipped.body().contains("application-transition"));

            move(http, id, "sent", 200);
            JsonNode approved = poll(http, id, a -> a.path("application").path("status").asText().equals("APPROVED"), 30_000);
            assertEquals("EC-2", approved.path("application").path("decision").path("reference").asText());
            assertEquals(2, calls.get(id).get());
            assertEquals("Basic ZGVhbGVyOnMzY3JldA==", authorizations.get(0));

            move(http, id, "offer_confirmed", 200);
            JsonNode issued = move(http, id, "issued", 200).json();
            JsonNode rewards = issued.path("rewards");
            assertEquals(issued.toString(), 3, rewards.size());
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode r : rewards) {
                UUID book = UUID.fromString(r.path("book").asText());
                assertEquals(0, r.path("amount").decimalValue().negate().compareTo(ledger.balance(book).balance()));
                total = total.add(r.path("amount").decimalValue());
            }
            assertEquals(0, new BigDecimal("210646.00").compareTo(total));
            long postings = count(dataSource, "ledger_transaction");
            // the issue repeated (a double click, a retried call) posts nothing again
            JsonNode again = move(http, id, "issued", 200).json();
            assertEquals(3, again.path("rewards").size());
            assertEquals(postings, count(dataSource, "ledger_transaction"));

            JsonNode gap = null;
            for (JsonNode r : rewards) {
                if (r.path("counterparty").asText().equals("Ингосстрах")) {
                    gap = r;
                }
            }
            assertNotNull(gap);
            String rewardId = gap.path("id").asText();
            UUID gapBook = UUID.fromString(gap.path("book").asText());
            assertEquals(403, http.post("kso/rewards/" + rewardId + "/paid", "manager", null, "Idempotency-Key", "p-" + id).status());
            assertEquals(400, http.post("kso/rewards/" + rewardId + "/paid", "accountant", null).status());
            Http.Answer paid = http.post("kso/rewards/" + rewardId + "/paid", "accountant", null, "Idempotency-Key", "p-" + id);
            assertEquals(paid.toString(), 200, paid.status());
            assertEquals("PAID", paid.json().path("status").asText());
            assertEquals(0, BigDecimal.ZERO.compareTo(ledger.balance(gapBook).balance()));
            assertEquals(200, http.post("kso/rewards/" + rewardId + "/paid", "accountant", null, "Idempotency-Key", "p-" + id).status());
            assertEquals(409, http.post("kso/rewards/" + rewardId + "/paid", "accountant", null, "Idempotency-Key", "q-" + id).status());
            assertEquals(0, BigDecimal.ZERO.compareTo(ledger.balance(gapBook).balance()));

            YearMonth month = YearMonth.from(Instant.parse(issued.path("application").path("issuedAt").asText())
                    .atZone(ZoneId.of("Europe/Moscow")));
            Http.Answer income = http.get("kso/income?month=" + month, "manager");
            assertEquals(income.toString(), 200, income.status());
            boolean dealFound = false;
            for (JsonNode d : income.json().path("deals")) {
                if (d.path("applicationId").asText().equals(id)) {
                    dealFound = true;
                    assertEquals(0, new BigDecimal("195146.00").compareTo(d.path("productRewards").decimalValue()));
                    assertEquals(0, new BigDecimal("210646.00").compareTo(d.path("total").decimalValue()));
                }
            }
            assertTrue(income.body(), dealFound);
            JsonNode manager = null;
            for (JsonNode m : income.json().path("managers")) {
                if (m.path("manager").asText().equals("manager")) {
                    manager = m;
                }
            }
            assertNotNull(income.body(), manager);
            assertTrue(manager.path("total").decimalValue().compareTo(new BigDecimal("210646.00")) >= 0);
            Http.Answer csv = http.get("kso/income?format=csv&month=" + month, "manager");
            assertEquals(200, csv.status());
            assertTrue(csv.body(), csv.body().startsWith("kind,month,manager,") && csv.body().contains(id));

            Http.Answer timeline = http.get("timeline?recordType=contact&recordId=" + contact + "&kind=kso.*", "manager");
            assertEquals(timeline.toString(), 200, timeline.status());
            assertTrue(timeline.body(), timeline.json().path("total").asLong() >= 7);

            // a broker that never takes it: after the retries the application is a dead letter, still «sent»
            String refused = http.post("kso/applications", "manager", application(contact, REFUSED_BANK)).json()
                    .path("application").path("id").asText();
            move(http, refused, "questionnaire", 200);
            move(http, refused, "documents", 200);
            move(http, refused, "sent", 200);
            long deadline = System.currentTimeMillis() + 30_000;
            boolean dead = false;
            while (!dead && System.currentTimeMillis() < deadline) {
                Http.Answer letters = http.get("dead-letters?source=kso-broker&limit=100", "admin");
                dead = letters.body().contains(refused);
                if (!dead) {
                    Thread.sleep(200);
                }
            }
            assertTrue("the refused application is a dead letter", dead);
            assertEquals(3, calls.get(refused).get());
            assertEquals("SENT", http.get("kso/applications/" + refused, "manager").json().path("application").path("status").asText());
        } finally {
            broker.close();
            if (original == null) {
                Files.deleteIfExists(cfg);
            } else {
                Files.writeString(cfg, original);
            }
        }
    }

    /**
     * Karaf's file watcher hands the file to the route's component, which starts again with it: its service then
     * carries the new URL (and, the dot-named password being private, not the password). By name, because the probe
     * is resolved before the plugin brings Camel.
     */
    static void awaitRoute(BundleContext context, String url) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        String filter = "(&(objectClass=org.apache.camel.RoutesBuilder)(url=" + url + "))";
        while (context.getServiceReferences((String) null, filter) == null) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the broker route never took " + url);
            }
            Thread.sleep(100);
        }
        ServiceReference<?> route = context.getServiceReferences((String) null, filter)[0];
        assertEquals(null, route.getProperty(".password"));
        assertEquals(null, route.getProperty("password"));
        // the shared context adds the routes of a service it is given right after its registration
        Thread.sleep(500);
    }

    static Http.Answer move(Http http, String id, String status, int expected) {
        Http.Answer a = http.post("kso/applications/" + id + "/status", "manager", "{\"status\":\"" + status + "\"}");
        assertEquals(a.toString(), expected, a.status());
        return a;
    }

    static JsonNode poll(Http http, String id, Predicate<JsonNode> done, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        JsonNode last = null;
        while (System.currentTimeMillis() < end) {
            last = http.get("kso/applications/" + id, "manager").json();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not reached in " + millis + " ms: " + last);
    }

    static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
