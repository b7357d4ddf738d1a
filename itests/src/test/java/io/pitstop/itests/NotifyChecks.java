package io.pitstop.itests;

import java.util.EnumSet;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.internet.MimeMessage;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Notifications in the running server: templates refused for unknown placeholders and SMS length, a rule without
 * recipients refused; "20:00 the day before" in Moscow and Yekaterinburg sent at its instant by a moved clock
 * through a local HTTP SMS gateway; an expired message journaled and not sent; consent "no" blocks; an SMTP server
 * down then up (GreenMail on loopback) delivers once after a dead letter, and the open pixel and click redirect mark
 * the message. Called from the end of {@link CoreSuite} on Derby and PostgreSQL.
 */
final class NotifyChecks {
    static final String VISIT = "service.visit-booked";
    /** As in itests/pom.xml (the javax.mail line; 2.x is Jakarta). */
    static final String GREENMAIL_VERSION = "1.6.15";
    static final String SEED_SMS = "Здравствуйте, {fio} ! Напоминаем, что Вы записаны на сервис завтра, {datetime} "
            + "по адресу: пр.Гагарина 230 Автомобиль {car_descr}";

    private NotifyChecks() {
    }

    static void templatesAndRulesAreChecked(Http http) {
        Http.Answer types = http.get("notifications/event-types", "manager");
        assertEquals(types.toString(), 200, types.status());
        JsonNode visit = null;
        for (JsonNode t : types.json()) {
            if (t.get("type").asText().equals(VISIT)) {
                visit = t;
            }
        }
        assertTrue(types.body(), visit != null);
        assertTrue(visit.toString(), visit.get("fields").toString().contains("\"car_descr\""));
        assertTrue(types.body(), types.body().contains("\"contact.created\""));

        Http.Answer unknown = template(http, "sms", "ru", null, "Здравствуйте, {fio}, ваш {vin}");
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals(unknown.toString(), "body", unknown.json().get("errors").get(0).get("field").asText());
        assertTrue(unknown.body(), unknown.body().contains("{vin}"));
        Http.Answer subject = template(http, "email", "ru", "Запись {plate}", "Здравствуйте, {fio}");
        assertEquals(subject.toString(), 400, subject.status());
        assertEquals("subject", subject.json().get("errors").get(0).get("field").asText());
        Http.Answer tooLong = template(http, "sms", "ru", null, "ж".repeat(6 * 67 + 1));
        assertEquals(tooLong.toString(), 400, tooLong.status());
        assertEquals("body", tooLong.json().get("errors").get(0).get("field").asText());
        assertEquals(403, template(http, "sms", "ru", null, "x", "manager").status());

        Http.Answer preview = http.post("notifications/templates/preview", "admin", templateJson("sms", "ru", null, SEED_SMS));
        assertEquals(preview.toString(), 200, preview.status());
        assertTrue(preview.body(), preview.json().get("body").asText().startsWith("Здравствуйте, Иванов Иван Иванович !"));
        assertEquals(preview.body(), 3, preview.json().get("segments").asInt());

        Http.Answer nobody = http.post("notifications/rules", "admin", "{\"name\":\"Никому\",\"eventType\":\"" + VISIT
                + "\",\"channels\":[\"sms\"],\"schedule\":{\"kind\":\"AT_EVENT\"}}");
        assertEquals(nobody.toString(), 400, nobody.status());
        assertEquals("recipients", nobody.json().get("errors").get(0).get("field").asText());
        Http.Answer badTime = http.post("notifications/rules", "admin", "{\"name\":\"x\",\"eventType\":\"" + VISIT
                + "\",\"channels\":[\"sms\"],\"schedule\":{\"kind\":\"DAY_BEFORE_AT\",\"dateField\":\"datetime\","
                + "\"at\":\"25:00\"},\"addresses\":[\"+79160000001\"]}");
        assertEquals(badTime.toString(), 400, badTime.status());
        assertEquals("schedule.at", badTime.json().get("errors").get(0).get("field").asText());
    }

    /** An SMS template per language and two rules at 20:00 the day before the visit, one per zone. */
    static void dayBeforeAtTwentyInTwoZones(Http http, BundleContext context) throws Exception {
        List<String> gateway = new CopyOnWriteArrayList<>();
        HttpServer sms = smsGateway(gateway);
        Configuration smsConfig = config(context, "io.pitstop.notifications.sms");
        Configuration clock = config(context, "io.pitstop.clock");
        List<String> rules = new CopyOnWriteArrayList<>();
        try {
            Dictionary<String, Object> p = new Hashtable<>();
            p.put("url", "http://127.0.0.1:" + sms.getAddress().getPort() + "/send");
            p.put("method", "POST");
            p.put("contentType", "application/json");
            p.put("body", "{\"to\":\"{phone}\",\"text\":\"{text}\"}");
            p.put("successPattern", "accepted");
            smsConfig.update(p);
            moveClock(clock, "2027-03-01T09:00:00Z");
            assertEquals(200, template(http, "sms", "ru", null, SEED_SMS).status());
            rules.add(rule(http, "Накануне визита, Москва", "Europe/Moscow", "+79160000001"));
            rules.add(rule(http, "Накануне визита, Екатеринбург", "Asia/Yekaterinburg", "+79160000002"));

            String event = raiseVisit(http, "2027-03-10T10:00:00+03:00");
            assertEquals(2, journal(http, event).size());
            moveClock(clock, "2027-03-09T14:59:00Z");
            Thread.sleep(5_000); // two rounds of the dispatcher: nothing is due yet
            assertTrue(gateway.toString(), gateway.isEmpty());
            assertTrue(journal(http, event).toString(), journal(http, event).stream().allMatch(m -> m.get("status").asText().equals("QUEUED")));

            moveClock(clock, "2027-03-09T15:00:30Z"); // 20:00:30 in Yekaterinburg, 18:00:30 in Moscow
            JsonNode ekb = awaitMessage(http, event, m -> m.get("address").asText().equals("+79160000002")
                    && m.get("status").asText().equals("SENT"));
            assertEquals("2027-03-09T15:00:00Z", ekb.get("scheduledFor").asText());
            assertEquals(gateway.toString(), 1, gateway.size());
            assertTrue(gateway.get(0), gateway.get(0).contains("\"to\":\"+79160000002\"")
                    && gateway.get(0).contains("Автомобиль Mercedes-Benz Vito"));
            assertEquals("QUEUED", byAddress(journal(http, event), "+79160000001").get("status").asText());

            moveClock(clock, "2027-03-09T17:00:30Z");
            JsonNode msk = awaitMessage(http, event, m -> m.get("address").asText().equals("+79160000001")
                    && m.get("status").asText().equals("SENT"));
            assertEquals("2027-03-09T17:00:00Z", msk.get("scheduledFor").asText());
            assertEquals(gateway.toString(), 2, gateway.size());

            // raised again (a repeated delivery of the same event): nothing new
            Http.Answer again = http.post("notifications/events", "integrator", visitJson(event, "2027-03-10T10:00:00+03:00"));
            assertEquals(again.toString(), 201, again.status());
            assertEquals(0, again.json().size());

            // a visit whose reminders were due at 15:00 and 17:00 UTC, with the clock past both windows of 60 minutes
            String late = raiseVisit(http, "2027-03-11T10:00:00+03:00");
            moveClock(clock, "2027-03-10T18:30:00Z");
            awaitMessage(http, late, m -> m.get("address").asText().equals("+79160000001") && m.get("status").asText().equals("EXPIRED"));
            awaitMessage(http, late, m -> m.get("address").asText().equals("+79160000002") && m.get("status").asText().equals("EXPIRED"));
            Thread.sleep(2_500);
            assertEquals(gateway.toString(), 2, gateway.size());
            Http.Answer expired = http.get("notifications/journal?status=EXPIRED&eventId=" + late, "support");
            assertEquals(expired.toString(), 2, expired.json().get("total").asInt());
        } finally {
            for (String id : rules) {
                http.call("DELETE", "notifications/rules/" + id, "admin", null);
            }
            clock.delete();
            smsConfig.delete();
            sms.stop(0);
        }
    }

    /** Consent "no" on SMS: the contact's reminder is journaled BLOCKED, never sent, and cannot be sent again. */
    static void consentNoBlocks(Http http) {
        Http.Answer person = http.post("contacts/persons", "manager",
                "{\"lastName\":\"Согласова\",\"firstName\":\"Нина\",\"phones\":[\"+7 903 555-77-" + (10 + (int) (Math.random() * 89)) + "\"]}");
        assertEquals(person.toString(), 201, person.status());
        String contact = Api.id(person.json());
        Http.Answer no = http.call("PUT", "notifications/consents/" + contact, "support", "{\"channel\":\"sms\",\"consent\":\"NO\"}");
        assertEquals(no.toString(), 200, no.status());
        assertEquals("NO", no.json().get("sms").asText());
        assertEquals(200, template(http, "sms", "ru", null, SEED_SMS).status());
        String rule = http.post("notifications/rules", "admin", "{\"name\":\"Клиенту при записи\",\"eventType\":\"" + VISIT
                + "\",\"channels\":[\"sms\"],\"schedule\":{\"kind\":\"AT_EVENT\"},\"toContact\":true,\"individualsOnly\":true}")
                .json().get("id").asText();
        try {
            String event = UUID.randomUUID().toString();
            Http.Answer raised = http.post("notifications/events", "integrator", "{\"id\":\"" + event + "\",\"eventType\":\""
                    + VISIT + "\",\"recordType\":\"contact\",\"recordId\":\"" + contact + "\",\"fields\":["
                    + "{\"name\":\"fio\",\"value\":\"Согласова Нина\"},{\"name\":\"datetime\",\"value\":\"2027-03-10T10:00:00+03:00\"}]}");
            assertEquals(raised.toString(), 201, raised.status());
            List<JsonNode> messages = journal(http, event);
            assertEquals(messages.toString(), 1, messages.size());
            assertEquals("BLOCKED", messages.get(0).get("status").asText());
            assertEquals("contact:" + contact, messages.get(0).get("recipient").asText());
            Http.Answer resend = http.post("notifications/journal/" + messages.get(0).get("id").asText() + "/resend", "manager", null);
            assertEquals(resend.toString(), 422, resend.status());
        } finally {
            http.call("DELETE", "notifications/rules/" + rule, "admin", null);
        }
    }

    /**
     * E-mail through Camel to a mail server that is down: redelivered, then FAILED and a dead letter; with the server
     * up, sent again from the journal it arrives exactly once; its open pixel marks it OPENED, its link redirects.
     */
    static void mailDownThenUpDeliversOnce(Http http, BundleContext context) throws Exception {
        ServiceReference<FeaturesService> ref = context.getServiceReference(FeaturesService.class);
        FeaturesService features = context.getService(ref);
        features.installFeature("pitstop-notifications-mail", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
        int port = PitstopTestSupport.freePort();
        Configuration mail = config(context, "io.pitstop.notifications.mail");
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("host", "127.0.0.1");
        p.put("port", Integer.toString(port));
        p.put("from", "pitstop@example.com");
        p.put("redeliveries", "1");
        p.put("redeliveryDelayMillis", "200");
        p.put("timeoutMillis", "2000");
        mail.update(p);
        greenMailBundle(context);
        String rule = null;
        GreenMail smtp = null;
        try {
            assertEquals(200, template(http, "email", "ru", "Запись на сервис: {fio}",
                    "Здравствуйте, {fio}!\nВаш автомобиль {car_descr} ждём {datetime}.\nПодробнее: https://example.com/visit?id=42").status());
            rule = http.post("notifications/rules", "admin", "{\"name\":\"Письмо при записи\",\"eventType\":\"" + VISIT
                    + "\",\"channels\":[\"email\"],\"schedule\":{\"kind\":\"AT_EVENT\"},\"addresses\":[\"client@example.com\"]}")
                    .json().get("id").asText();
            String event = raiseVisit(http, "2027-03-10T10:00:00+03:00");
            JsonNode failed = awaitMessage(http, event, m -> m.get("status").asText().equals("FAILED"));
            assertTrue(failed.toString(), !failed.get("failure").asText().isBlank());
            Http.Answer letters = http.get("dead-letters?source=notifications-email", "admin");
            assertTrue(letters.body(), letters.body().contains(failed.get("id").asText()));

            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            Http.Answer resend = http.post("notifications/journal/" + failed.get("id").asText() + "/resend", "manager", null);
            assertEquals(resend.toString(), 200, resend.status());
            awaitMessage(http, event, m -> m.get("status").asText().equals("SENT"));
            assertTrue(smtp.waitForIncomingEmail(10_000, 1));
            Thread.sleep(3_000); // a second delivery would have come by now
            MimeMessage[] received = smtp.getReceivedMessages();
            assertEquals(1, received.length);
            assertEquals("Запись на сервис: Иванов Пётр", received[0].getSubject());
            // the transfer encoding undone by hand: javax.mail's content handlers are not wired inside OSGi
            String html = new String(javax.mail.internet.MimeUtility.decode(received[0].getRawInputStream(),
                    received[0].getEncoding()).readAllBytes(), StandardCharsets.UTF_8);
            Matcher pixel = Pattern.compile("/api/notifications/o/([0-9a-f-]{36})\\.gif").matcher(html);
            assertTrue(html, pixel.find());
            String token = pixel.group(1);

            Http.Answer open = http.get("notifications/o/" + token + ".gif", null);
            assertEquals(open.toString(), 200, open.status());
            assertEquals("image/gif", open.header("Content-Type"));
            awaitMessage(http, event, m -> m.get("status").asText().equals("OPENED"));
            // an unknown token still gets its picture, and marks nothing
            assertEquals(200, http.get("notifications/o/" + UUID.randomUUID() + ".gif", null).status());
            assertEquals(404, http.get("notifications/o/not-a-token.gif", null).status());
            Http.Answer click = http.get("notifications/c/" + token + "?u="
                    + URLEncoder.encode("https://example.com/visit?id=42", StandardCharsets.UTF_8), null);
            assertEquals(click.toString(), 303, click.status());
            assertEquals("https://example.com/visit?id=42", click.header("Location"));
            // a link the message did not carry, or no message's token: 404 and no redirect, as a page for a browser
            String evil = "?u=" + URLEncoder.encode("https://evil.example/", StandardCharsets.UTF_8);
            Http.Answer elsewhere = http.call("GET", "notifications/c/" + token + evil, null, null,
                    "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
            assertEquals(elsewhere.toString(), 404, elsewhere.status());
            assertEquals(null, elsewhere.header("Location"));
            assertTrue(elsewhere.header("Content-Type"), elsewhere.header("Content-Type").startsWith("text/html"));
            assertTrue(elsewhere.body(), elsewhere.body().contains("Ссылка недействительна"));
            Http.Answer program = http.call("GET", "notifications/c/" + UUID.randomUUID() + "?u="
                    + URLEncoder.encode("https://example.com/visit?id=42", StandardCharsets.UTF_8), null, null, "Accept", "application/json");
            assertEquals(program.toString(), 404, program.status());
            assertEquals(null, program.header("Location"));
            assertTrue(program.header("Content-Type"), program.header("Content-Type").startsWith("application/problem+json"));
            awaitMessage(http, event, m -> m.get("status").asText().equals("CLICKED"));
        } finally {
            if (rule != null) {
                http.call("DELETE", "notifications/rules/" + rule, "admin", null);
            }
            if (smtp != null) {
                smtp.stop();
            }
            mail.delete();
            context.ungetService(ref);
        }
    }

    // helpers

    /**
     * GreenMail as a bundle of the container (the checks run there), installed once Camel's mail feature has brought
     * the javax.mail it needs: as a boot bundle of the test it would fail the boot for want of it.
     */
    static void greenMailBundle(BundleContext context) throws Exception {
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().equals("com.icegreen.greenmail")) {
                b.start();
                return;
            }
        }
        context.installBundle("mvn:com.icegreen/greenmail/" + GREENMAIL_VERSION).start();
    }

    static Http.Answer template(Http http, String channel, String language, String subject, String body) {
        return template(http, channel, language, subject, body, "admin");
    }

    static Http.Answer template(Http http, String channel, String language, String subject, String body, String user) {
        return http.post("notifications/templates", user, templateJson(channel, language, subject, body));
    }

    static String templateJson(String channel, String language, String subject, String body) {
        return "{\"eventType\":\"" + VISIT + "\",\"channel\":\"" + channel + "\",\"language\":\"" + language + "\","
                + (subject == null ? "" : "\"subject\":\"" + subject + "\",") + "\"body\":\"" + body.replace("\n", "\\n") + "\"}";
    }

    private static String rule(Http http, String name, String zone, String phone) {
        Http.Answer a = http.post("notifications/rules", "admin", "{\"name\":\"" + name + "\",\"eventType\":\"" + VISIT
                + "\",\"channels\":[\"sms\"],\"schedule\":{\"kind\":\"DAY_BEFORE_AT\",\"dateField\":\"datetime\",\"at\":\"20:00\","
                + "\"days\":1,\"zone\":\"" + zone + "\"},\"validityMinutes\":60,\"individualsOnly\":true,\"addresses\":[\"" + phone + "\"]}");
        assertEquals(a.toString(), 201, a.status());
        return a.json().get("id").asText();
    }

    private static String visitJson(String event, String when) {
        return "{\"id\":\"" + event + "\",\"eventType\":\"" + VISIT + "\",\"fields\":[{\"name\":\"fio\",\"value\":\"Иванов Пётр\"},"
                + "{\"name\":\"datetime\",\"value\":\"" + when + "\"},{\"name\":\"car_descr\",\"value\":\"Mercedes-Benz Vito\"}]}";
    }

    private static String raiseVisit(Http http, String when) {
        String event = UUID.randomUUID().toString();
        Http.Answer a = http.post("notifications/events", "integrator", visitJson(event, when));
        assertEquals(a.toString(), 201, a.status());
        return event;
    }

    static List<JsonNode> journal(Http http, String event) {
        Http.Answer a = http.get("notifications/journal?eventId=" + event, "manager");
        assertEquals(a.toString(), 200, a.status());
        List<JsonNode> out = new java.util.ArrayList<>();
        a.json().get("items").forEach(out::add);
        return out;
    }

    private static JsonNode byAddress(List<JsonNode> messages, String address) {
        return messages.stream().filter(m -> m.get("address").asText().equals(address)).findFirst().orElseThrow();
    }

    private static JsonNode awaitMessage(Http http, String event, Predicate<JsonNode> wanted) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        List<JsonNode> last = List.of();
        while (System.currentTimeMillis() < end) {
            last = journal(http, event);
            for (JsonNode m : last) {
                if (wanted.test(m)) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no such message of event " + event + " within 30 s: " + last);
    }

    static Configuration config(BundleContext context, String pid) throws IOException {
        ServiceReference<ConfigurationAdmin> ref = context.getServiceReference(ConfigurationAdmin.class);
        return context.getService(ref).getConfiguration(pid, null);
    }

    private static void moveClock(Configuration clock, String instant) throws IOException {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("fixed", instant);
        clock.update(p);
    }

    /** A gateway that accepts every message and keeps the bodies it got. */
    private static HttpServer smsGateway(List<String> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/send", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }
}
