package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Installing and uninstalling a plugin feature in the running server adds and
 * removes its REST resource, while two clients keep reading and writing core
 * data: not one of their requests fails and nothing they wrote is lost.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreHotDeployIT {
    private static final String PLUGIN = "pitstop-sample";

    @Inject
    private FeaturesService features;

    private final Http http = new Http();
    private final Api api = new Api(http);

    @Configuration
    public Option[] config() {
        return PitstopTestSupport.distribution();
    }

    @Test
    public void pluginComesAndGoesWithoutLosingRequestsOrData() throws Exception {
        http.await("contacts?limit=1", "manager", 60_000);
        String visited = api.createOrganization("ООО «Визит»", Api.uniqueInn());
        long before = api.contactCount();
        AtomicBoolean running = new AtomicBoolean(true);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        List<String> created = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            work.add(clients.submit(() -> {
                while (running.get()) {
                    Http.Answer write = http.post("contacts/organizations", "manager",
                            "{\"name\":\"ООО «Трафик»\",\"inn\":\"" + Api.uniqueInn() + "\"}");
                    if (write.status() == 201) {
                        created.add(Api.id(write.json()));
                    } else if (write.status() != 409) { // a random INN may collide; that is a correct answer
                        failures.add("POST " + write);
                    }
                    Http.Answer read = http.get("contacts?limit=5", "support");
                    if (read.status() != 200) {
                        failures.add("GET " + read);
                    }
                }
                return null;
            }));
        }
        for (int round = 0; round < 2; round++) {
            // as the plugins page does: no refresh of other bundles
            features.installFeature(PLUGIN, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            Http.Answer pong = http.await("sample/ping", "admin", 30_000);
            assertEquals(pong.toString(), 200, pong.status());
            assertEquals(403, http.get("sample/ping", "support").status());
            // the plugin's message catalogue and health check came with it
            Http.Answer refusal = http.call("GET", "sample/refusal", "admin", null, "Accept-Language", "ru");
            assertEquals(refusal.toString(), 422, refusal.status());
            assertEquals(refusal.toString(), "Пример плагина отказывает в этом нарочно", refusal.json().get("detail").asText());
            Http.Answer english = http.get("sample/refusal", "admin");
            assertEquals(english.toString(), "The sample plugin refuses this on purpose", english.json().get("detail").asText());
            assertEquals("urn:pitstop:problem:sample-refusal", refusal.json().get("type").asText());
            // problem bodies keep their own shape under a method that returns Map<String, Boolean>, 401 included
            Http.Answer anonymous = http.get("sample/ping", null);
            assertEquals(anonymous.toString(), 401, anonymous.status());
            assertEquals(anonymous.toString(), "Authentication required", anonymous.json().get("title").asText());
            assertEquals("UP", http.get("health", null).json().get("checks").get("sample").asText());
            if (round == 0) {
                TimelineChecks.recordSampleVisit(http, visited);
            }
            features.uninstallFeature(PLUGIN, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            long end = System.currentTimeMillis() + 30_000;
            while (http.get("sample/ping", "admin").status() != 404 && System.currentTimeMillis() < end) {
                Thread.sleep(100);
            }
            assertEquals(404, http.get("sample/ping", "admin").status());
            Http.Answer health = http.get("health", null);
            assertEquals(health.toString(), 200, health.status());
            assertFalse("the plugin's health check left with it: " + health, health.json().get("checks").has("sample"));
            // timeline: the plugin's entry and its Russian outlive the plugin
            TimelineChecks.sampleVisitStillReads(http, visited);
        }
        // each plugin comes and goes under the same traffic, its REST and health check with it
        Plugins.comesAndGoes(features, http, KsoChecks.FEATURE, "kso", "kso/programmes", "admin", () -> {
            Http.Answer calculation = http.post("kso/calculations", "manager", "{\"amount\":1829900,\"annualRatePercent\":14.3,\"termMonths\":36}");
            assertEquals(calculation.toString(), "62808.61", calculation.json().get("monthlyPayment").asText());
        });
        Plugins.comesAndGoes(features, http, BillingChecks.FEATURE, "billing", "billing/products", "accountant", () -> {
            Http.Answer tariff = http.post("billing/tariffs/evaluate", "support", "{\"tariff\":\"4*350|15*100\"}");
            assertEquals(tariff.toString(), "2900.00", tariff.json().get("total").decimalValue().setScale(2).toPlainString());
        });
        Plugins.comesAndGoes(features, http, PaymentsChecks.FEATURE, "payments", "payments", "accountant", () -> {
            Http.Answer report = PaymentsChecks.upload("accountant", PaymentsChecks.VALID_FILE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(report.toString(), 200, report.status());
            assertEquals(report.toString(), 1, report.json().get("read").asInt());
        });
        // ticketing: a ticket opened before stays readable after the plugin is installed again (its tables stay)
        String[] ticketId = new String[1];
        Plugins.comesAndGoes(features, http, TicketingChecks.FEATURE, "ticketing", "tickets?limit=1", "support", () -> {
            TicketingChecks.department(http);
            Http.Answer ticket = http.post("tickets", "support", "{\"contactId\":\"" + created.get(0) + "\",\"subject\":"
                    + "\"Горячая установка\",\"body\":\"Проверка\",\"department\":\"" + TicketingChecks.GROUP + "\"}");
            assertEquals(ticket.toString(), 201, ticket.status());
            ticketId[0] = ticket.json().get("ticket").get("id").asText();
        });
        features.installFeature(TicketingChecks.FEATURE, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        assertEquals(200, http.await("tickets/" + ticketId[0], "support", 60_000).status());
        running.set(false);
        for (Future<?> f : work) {
            f.get(60, TimeUnit.SECONDS);
        }
        clients.shutdown();
        assertEquals("requests refused while the plugin came and went", List.of(), failures);
        assertTrue("clients must have worked meanwhile", created.size() > 10);
        assertEquals(before + created.size(), api.contactCount());
        for (String id : created) {
            assertEquals(200, http.get("contacts/" + id, "manager").status());
        }
    }
}
