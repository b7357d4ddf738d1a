package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import javax.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Integrators' entry points: the pitstop: component in the shared context, and
 * the example XML route from config/camel dropped into deploy/ importing a CSV
 * of contacts, with the refused row in the dead-letter store.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreCamelIT {
    @Inject
    private FeaturesService features;

    @Inject
    private ContactService contacts;

    @Inject
    private DeadLetters deadLetters;

    private CamelContext camel;

    private final Http http = new Http();

    /** The Camel feature is not a boot feature: it is installed into the running server before the probe. */
    @org.junit.Before
    public void installCamel() throws Exception {
        if (!features.isInstalled(features.getFeature("pitstop-camel"))) {
            features.installFeature("pitstop-camel");
        }
        org.osgi.framework.BundleContext bc = org.osgi.framework.FrameworkUtil.getBundle(getClass()).getBundleContext();
        org.osgi.util.tracker.ServiceTracker<CamelContext, CamelContext> t = new org.osgi.util.tracker.ServiceTracker<>(bc,
                bc.createFilter("(&(objectClass=org.apache.camel.CamelContext)(camel.context.name=pitstop))"), null);
        t.open();
        camel = t.waitForService(60_000);
        t.close();
        assertTrue("shared CamelContext must appear", camel != null);
    }

    /** Camel is installed as a feature of the running server, not wired at build time. */
    @org.ops4j.pax.exam.ProbeBuilder
    public org.ops4j.pax.exam.TestProbeBuilder probe(org.ops4j.pax.exam.TestProbeBuilder probe) {
        probe.setHeader(org.osgi.framework.Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    @Configuration
    public Option[] config() {
        return PitstopTestSupport.distribution(
                org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features(
                        org.ops4j.pax.exam.CoreOptions.maven("io.pitstop", "pitstop-features").classifier("features").type("xml")
                                .versionAsInProject(), "pitstop-camel"),
                editConfigurationFilePut("etc/io.pitstop.camel.cfg", "user", "manager"),
                editConfigurationFilePut("etc/io.pitstop.camel.cfg", "password", "manager"));
    }

    @Test
    public void xmlRouteInDeployImportsCsvAndDeadLettersBadRows() throws Exception {
        Path karaf = Path.of(System.getProperty("karaf.base"));
        Path example = Path.of(System.getProperty("pitstop.config.dir", karaf.toString()), "camel", "pitstop-contacts-import.xml");
        Files.createDirectories(karaf.resolve("deploy"));
        Files.copy(example, karaf.resolve("deploy/pitstop-contacts-import.xml"), StandardCopyOption.REPLACE_EXISTING);
        String inn = Api.uniqueInn();
        Path inbox = Files.createDirectories(karaf.resolve("data/import/contacts"));
        Files.writeString(inbox.resolve("clients.csv"), "name;inn;kpp;phone;email\n"
                + "ООО «Импорт Один»;" + inn + ";771001001;8 (495) 111-22-33;one@import.example\n"
                + "ООО «Плохой ИНН»;1234567890;;;\n", StandardCharsets.UTF_8);
        long end = System.currentTimeMillis() + 60_000;
        Page<Contact> found = null;
        Page<DeadLetter> dead = null;
        while (System.currentTimeMillis() < end) {
            found = contacts.search(new ContactQuery(inn, null, null, null), PageRequest.first(5));
            dead = deadLetters.list("contacts-csv-import", PageRequest.first(5));
            if (found.total() > 0 && dead.total() > 0) {
                break;
            }
            Thread.sleep(300);
        }
        assertEquals(1, found.total());
        assertEquals("+74951112233", found.items().get(0).phones().get(0));
        assertEquals(1, dead.total());
        assertTrue(dead.items().get(0).error(), dead.items().get(0).error().contains("inn"));
        assertTrue(Files.exists(inbox.resolve(".done/clients.csv")));
    }

    @Test
    public void componentPostsPaymentsIdempotentlyWithRoleChecks() {
        Api api = new Api(http);
        http.await("contacts?limit=1", "manager", 60_000);
        String account = api.openAccount(api.createOrganization("ООО «Камел»", Api.uniqueInn()), "0");
        ProducerTemplate producer = camel.createProducerTemplate();
        Map<String, Object> payment = Map.of("accountId", account, "amount", "1500.00", "currency", "RUB", "reference", "п/п 42");
        Map<String, Object> headers = Map.of("PitstopIdempotencyKey", "bank-line-42", "PitstopUser", "integrator", "PitstopPassword", "integrator");
        producer.requestBodyAndHeaders("pitstop:ledger/payment", payment, headers);
        producer.requestBodyAndHeaders("pitstop:ledger/payment", payment, headers);
        assertEquals(new BigDecimal("1500.00"), api.balanceOf(account));
        Object balance = producer.requestBodyAndHeaders("pitstop:accounts/balance", account,
                Map.of("PitstopUser", "integrator", "PitstopPassword", "integrator"));
        assertEquals(new BigDecimal("1500.00"), ((Map<?, ?>) balance).get("balance"));
        CamelExecutionException denied = assertThrows(CamelExecutionException.class, () -> producer.requestBodyAndHeaders(
                "pitstop:ledger/payment", payment, Map.of("PitstopIdempotencyKey", "x", "PitstopUser", "support", "PitstopPassword", "support")));
        assertTrue(denied.getCause().getMessage(), denied.getCause().getMessage().contains("may not"));
        CamelExecutionException wrong = assertThrows(CamelExecutionException.class, () -> producer.requestBodyAndHeaders(
                "pitstop:ledger/payment", payment, Map.of("PitstopIdempotencyKey", "y", "PitstopUser", "integrator", "PitstopPassword", "wrong")));
        assertTrue(wrong.getCause().getMessage(), wrong.getCause().getMessage().contains("could not log in"));
        assertEquals(new BigDecimal("1500.00"), api.balanceOf(account));
    }

    /**
     * {@code pitstop:tasks/create} is a contributed operation: a route creates a task linked to a contact; a bad body
     * and an operation nobody provides go to the route's dead-letter store, and nothing is written.
     */
    @Test
    public void routesCreateTasksThroughAContributedOperationAndDeadLetterWhatFails() throws Exception {
        Api api = new Api(http);
        http.await("tasks?limit=1", "manager", 60_000);
        String org = api.createOrganization("ООО «Маршрут»", Api.uniqueInn());
        camel.addRoutes(new org.apache.camel.builder.RouteBuilder() {
            @Override
            public void configure() {
                from("direct:camel-tasks").routeId("camel-tasks")
                        .onException(Exception.class).handled(true).to("pitstop:dead-letter?source=camel-tasks").end()
                        .to("pitstop:tasks/create");
                from("direct:camel-unknown").routeId("camel-unknown")
                        .onException(Exception.class).handled(true).to("pitstop:dead-letter?source=camel-unknown").end()
                        .to("pitstop:nothing/here");
            }
        });
        Map<String, Object> identity = Map.of("PitstopUser", "integrator", "PitstopPassword", "integrator");
        Object task = camel.createProducerTemplate().requestBodyAndHeaders("direct:camel-tasks", Map.of("title", "Позвонить по сделке",
                "assignee", "support", "confirmByCreator", true, "links", java.util.List.of(Map.of("type", "contact", "id", org))), identity);
        String id = task.getClass().getMethod("id").invoke(task).toString();
        Http.Answer stored = http.get("tasks/" + id, "manager");
        assertEquals(stored.toString(), 200, stored.status());
        assertEquals("integrator", stored.json().get("creator").asText());
        assertEquals(org, stored.json().get("links").get(0).get("id").asText());
        assertTrue(stored.json().get("confirmByCreator").asBoolean());

        long tasks = http.get("tasks?limit=1", "manager").json().get("total").asLong();
        camel.createProducerTemplate().requestBodyAndHeaders("direct:camel-tasks",
                "{\"title\":\"Без срока\",\"assignee\":\"support\",\"deadline\":\"вчера\"}", identity);
        camel.createProducerTemplate().requestBodyAndHeaders("direct:camel-unknown", "{}", identity);
        Page<DeadLetter> bad = deadLetters.list("camel-tasks", PageRequest.first(5));
        assertEquals(1, bad.total());
        assertTrue(bad.items().get(0).error(), bad.items().get(0).error().contains("deadline"));
        Page<DeadLetter> unknown = deadLetters.list("camel-unknown", PageRequest.first(5));
        assertEquals(1, unknown.total());
        assertTrue(unknown.items().get(0).error(), unknown.items().get(0).error().contains("Unknown pitstop operation nothing/here"));
        assertEquals("refused messages wrote no task", tasks, http.get("tasks?limit=1", "manager").json().get("total").asLong());
    }
}
