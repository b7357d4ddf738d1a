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
import java.util.EnumSet;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.KarafDistributionOption;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Integrators' entry points: the pitstop: component in the shared context, and the examples of config/camel
 * dropped into deploy/ against real far ends ({@link ExternalServers}): the CSV import of contacts with the refused
 * row in the dead-letter store, the HTTP call with reprocessing, mail out and in, the timer and the master route.
 * Called from {@link CoreDerbyIT}, whose server boots with {@link #options()}; these checks exercise Camel and the
 * examples, not the database, so one server runs them.
 */
final class CamelChecks {
    private CamelChecks() {
    }

    /**
     * What the server needs for these checks: Camel from the start (as the demo run has it), the routes' identity,
     * the far ends' ports, and the mail consumer's log (what it polled and took, in data/log/karaf.log when the IMAP
     * check fails).
     */
    static Option[] options() {
        return new Option[] {
            KarafDistributionOption.features(CoreOptions.maven("io.pitstop", "pitstop-features").classifier("features").type("xml")
                    .versionAsInProject(), "pitstop-camel"),
            editConfigurationFilePut("etc/io.pitstop.camel.cfg", "user", "manager"),
            editConfigurationFilePut("etc/io.pitstop.camel.cfg", "password", "manager"),
            editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.camelmail.name", "org.apache.camel.component.mail"),
            editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.camelmail.level", "DEBUG"),
            CoreOptions.composite(ExternalServers.start()),
        };
    }

    /** The shared CamelContext, once the Camel feature (booted with {@link #options()}; installed if not) brought it. */
    static CamelContext camel(FeaturesService features, BundleContext bc) throws Exception {
        if (!features.isInstalled(features.getFeature("pitstop-camel"))) {
            features.installFeature("pitstop-camel", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        }
        ServiceTracker<CamelContext, CamelContext> t = new ServiceTracker<>(bc,
                bc.createFilter("(&(objectClass=org.apache.camel.CamelContext)(camel.context.name=pitstop))"), null);
        t.open();
        try {
            CamelContext camel = t.waitForService(60_000);
            assertTrue("shared CamelContext must appear", camel != null);
            return camel;
        } finally {
            t.close();
        }
    }

    /** An example of config/camel with the far end's address and the waits of a test; dropped into deploy/. */
    private static void deploy(String example, String... replacements) throws Exception {
        Path karaf = Path.of(System.getProperty("karaf.base"));
        String text = Files.readString(Path.of(System.getProperty("pitstop.config.dir"), "camel", example), StandardCharsets.UTF_8);
        for (int i = 0; i < replacements.length; i += 2) {
            assertTrue(example + " has " + replacements[i], text.contains(replacements[i]));
            text = text.replace(replacements[i], replacements[i + 1]);
        }
        Files.createDirectories(karaf.resolve("deploy"));
        Files.writeString(karaf.resolve("deploy").resolve(example), text, StandardCharsets.UTF_8);
    }

    private static void awaitRoute(CamelContext camel, String id) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && (camel.getRoute(id) == null
                || !camel.getRouteController().getRouteStatus(id).isStarted())) {
            Thread.sleep(200);
        }
        assertTrue("route " + id + " runs", camel.getRoute(id) != null);
    }

    private static String crm(String path) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + System.getProperty(ExternalServers.HTTP_PORT) + path)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private static Path awaitFile(Path file) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && !Files.exists(file)) {
            Thread.sleep(200);
        }
        assertTrue(file + " was written", Files.exists(file));
        return file;
    }

    /**
     * The HTTP example: the far end answers 500, so after its retries the message is a dead letter with the original
     * body, the route and the error chain; reprocessing it while the far end still fails keeps it open with one more
     * attempt; once the far end answers 200 reprocessing delivers the body exactly once and closes the letter; a
     * letter whose route was removed is a 409 and stays open.
     */
    static void httpExampleDeadLettersAFailureAndReprocessesItOnceTheFarEndWorks(Http http, CamelContext camel, DeadLetters deadLetters)
            throws Exception {
        http.await("dead-letters?limit=1", "admin", 60_000);
        deploy("pitstop-http-call.xml", "https://crm.example.com/api/contacts",
                "http://127.0.0.1:" + System.getProperty(ExternalServers.HTTP_PORT) + "/crm", "redeliveryDelay=\"5000\"", "redeliveryDelay=\"50\"");
        awaitRoute(camel, "crm-push");
        crm("/mode?code=500");
        String body = "{\"inn\":\"" + Api.uniqueInn() + "\",\"name\":\"ООО «Выгрузка»\"}";
        camel.createProducerTemplate().sendBodyAndHeader("direct:crm-push", body, "PitstopIdempotencyKey", "crm-1");
        Page<DeadLetter> dead = deadLetters.list(new io.pitstop.core.api.DeadLetterQuery(null, "crm-push", null), PageRequest.first(5));
        assertEquals(1, dead.total());
        DeadLetter letter = dead.items().get(0);
        assertEquals(body, letter.body());
        assertEquals("crm-1", letter.headers().get("PitstopIdempotencyKey"));
        assertTrue(letter.error(), letter.error().contains("500"));
        assertTrue(letter.endpoint(), letter.endpoint().startsWith("direct://crm-push"));

        Http.Answer again = http.post("dead-letters/" + letter.id() + "/reprocess", "integrator", "");
        assertEquals(again.toString(), 422, again.status());
        Http.Answer read = http.get("dead-letters/" + letter.id(), "integrator");
        assertEquals("OPEN", read.json().get("status").asText());
        assertEquals(1, read.json().get("attempts").asInt());
        assertEquals("a failed reprocessing keeps no second letter", 1,
                deadLetters.list(new io.pitstop.core.api.DeadLetterQuery(null, "crm-push", null), PageRequest.first(5)).total());

        crm("/mode?code=200");
        Http.Answer done = http.post("dead-letters/" + letter.id() + "/reprocess", "integrator", "");
        assertEquals(done.toString(), 200, done.status());
        assertEquals("REPROCESSED", done.json().get("status").asText());
        assertEquals("integrator", done.json().get("handledBy").asText());
        assertEquals(body, crm("/received"));
        assertEquals(409, http.post("dead-letters/" + letter.id() + "/reprocess", "integrator", "").status());
        assertEquals("delivered once", body, crm("/received"));

        crm("/mode?code=500");
        camel.createProducerTemplate().sendBody("direct:crm-push", "{}");
        DeadLetter orphan = deadLetters.list(new io.pitstop.core.api.DeadLetterQuery(null, "crm-push",
                io.pitstop.core.api.DeadLetterStatus.OPEN), PageRequest.first(5)).items().get(0);
        Files.delete(Path.of(System.getProperty("karaf.base"), "deploy", "pitstop-http-call.xml"));
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end && camel.getRoute("crm-push") != null) {
            Thread.sleep(200);
        }
        Http.Answer gone = http.post("dead-letters/" + orphan.id() + "/reprocess", "admin", "");
        assertEquals(gone.toString(), 409, gone.status());
        assertTrue(gone.toString(), gone.toString().contains("crm-push"));
        assertEquals("OPEN", http.get("dead-letters/" + orphan.id(), "admin").json().get("status").asText());
    }

    /**
     * The mail example: a message sent to its route goes out through SMTP and lands in GreenMail, with nothing in
     * the dead-letter store; the IMAP route then takes it from GreenMail's inbox and makes it a task.
     */
    static void mailExampleSendsThroughSmtpAndTakesMailFromImap(Http http, CamelContext camel, DeadLetters deadLetters) throws Exception {
        http.await("tasks?limit=1", "manager", 60_000);
        deploy("pitstop-mail.xml", "mail.example.com:25", "127.0.0.1:" + System.getProperty(ExternalServers.SMTP_PORT),
                "mail.example.com:143", "127.0.0.1:" + System.getProperty(ExternalServers.IMAP_PORT),
                "password=RAW(change-me)&amp;from", "password=RAW(" + ExternalServers.MAIL_PASSWORD + ")&amp;from",
                "password=RAW(change-me)&amp;unseen", "password=RAW(" + ExternalServers.MAIL_PASSWORD + ")&amp;unseen",
                "delay=60000", "delay=500");
        awaitRoute(camel, "mail-out");
        awaitRoute(camel, "mail-in");
        String subject = "Заявка " + java.util.UUID.randomUUID().toString().substring(0, 8);
        camel.createProducerTemplate().sendBodyAndHeaders("direct:mail-out", "Прошу перезвонить",
                Map.of("To", ExternalServers.MAIL_USER, "Subject", subject));
        assertEquals("nothing went to the dead-letter store", 0, deadLetters.list("mail-out", PageRequest.first(1)).total());
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end && !crm("/mails").contains(subject)) {
            Thread.sleep(200);
        }
        assertTrue("GreenMail received the mail: " + crm("/mails"), crm("/mails").contains(subject));

        // the same mail, unseen in the IMAP inbox, is taken by mail-in and becomes the support duty officer's task
        String title = "Письмо: " + subject;
        end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && !http.get("tasks?assignee=support&limit=100", "manager").body().contains(title)) {
            Thread.sleep(300);
        }
        assertTrue("mail-in made a task of the mail; its dead letters: " + deadLetters.list("mail-in", PageRequest.first(5)).items(),
                http.get("tasks?assignee=support&limit=100", "manager").body().contains(title));
    }

    /**
     * The timer example writes its file, and the master example's route runs on this server, the only member of
     * its namespace, holding the file lock of the cluster service the shared context carries.
     */
    static void timerAndMasterExamplesRunScheduledWorkOnOneServer(Http http, CamelContext camel) throws Exception {
        http.await("contacts?limit=1", "manager", 60_000);
        Path export = Path.of(System.getProperty("karaf.base"), "data", "export");
        deploy("pitstop-timer.xml");
        deploy("pitstop-master.xml");
        awaitRoute(camel, "contacts-count");
        awaitRoute(camel, "nightly-export");
        String count = Files.readString(awaitFile(export.resolve("contacts-count.txt"))).strip();
        assertTrue(count, count.matches("\\d+"));
        awaitFile(export.resolve("master-heartbeat.txt"));
        org.apache.camel.cluster.CamelClusterService cluster = camel.hasService(org.apache.camel.cluster.CamelClusterService.class);
        assertTrue("the shared context carries a cluster service", cluster != null);
        org.apache.camel.cluster.CamelClusterView view = cluster.getView("nightly-export");
        assertTrue("this server leads the namespace", view.getLocalMember().isLeader());
        assertTrue(Files.isDirectory(Path.of(System.getProperty("karaf.base"), "data", "camel-cluster")));
    }

    static void xmlRouteInDeployImportsCsvAndDeadLettersBadRows(ContactService contacts, DeadLetters deadLetters) throws Exception {
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

    static void componentPostsPaymentsIdempotentlyWithRoleChecks(Http http, CamelContext camel) {
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
    static void routesCreateTasksThroughAContributedOperationAndDeadLetterWhatFails(Http http, CamelContext camel, DeadLetters deadLetters)
            throws Exception {
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
