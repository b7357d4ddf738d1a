package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.pitstop.timeline.api.CommentEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * The activity timeline and comments as a client sees them through REST: a contact's history newest first with
 * entries recorded from several domains, the kind filter, the comment rules, and a plugin's entries outliving it.
 */
final class TimelineChecks {
    private TimelineChecks() {
    }

    /** Kinds on a record's timeline, newest first, once at least {@code count} entries are there (events arrive after commit). */
    static List<String> kinds(Http http, String type, String id, String kind, int count) throws InterruptedException {
        String path = "timeline?recordType=" + type + "&recordId=" + id + (kind == null ? "" : "&kind=" + kind);
        long end = System.currentTimeMillis() + 20_000;
        while (true) {
            Http.Answer a = http.get(path, "support");
            assertEquals(a.toString(), 200, a.status());
            List<String> kinds = new ArrayList<>();
            a.json().get("items").forEach(e -> kinds.add(e.get("kind").asText()));
            if (kinds.size() >= count || System.currentTimeMillis() > end) {
                return kinds;
            }
            Thread.sleep(200);
        }
    }

    static void contactTimelineIsNewestFirstAcrossDomainsAndFiltersByKind(Http http, Api api, BundleContext bundleContext) throws Exception {
        List<Event> mentions = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topics = new Hashtable<>();
        topics.put(EventConstants.EVENT_TOPIC, CommentEvents.MENTIONED);
        ServiceRegistration<EventHandler> handler = bundleContext.registerService(EventHandler.class, mentions::add, topics);
        try {
            contactTimeline(http, api, mentions);
        } finally {
            handler.unregister();
        }
    }

    private static void contactTimeline(Http http, Api api, List<Event> mentions) throws Exception {
        String inn = Api.uniqueInn();
        String org = api.createOrganization("ООО «Хроника»", inn);
        Http.Answer read = http.get("contacts/" + org, "manager");
        Http.Answer changed = http.call("PUT", "contacts/organizations/" + org, "manager", "{\"name\":\"ООО «Хроника и сыновья»\",\"inn\":\""
                + inn + "\",\"version\":" + read.json().get("version").asLong() + "}");
        assertEquals(changed.toString(), 200, changed.status());
        String account = api.openAccount(org, "0");
        api.topUp(account, "500.00");
        Http.Answer task = http.post("tasks", "manager", "{\"title\":\"Позвонить клиенту\",\"assignee\":\"support\",\"links\":[{\"type\":\"contact\",\"id\":\""
                + org + "\"}]}");
        assertEquals(task.toString(), 201, task.status());
        Http.Answer comment = http.post("comments?recordType=contact&recordId=" + org, "manager", "{\"text\":\"Договорились о звонке, @support\"}");
        assertEquals(comment.toString(), 201, comment.status());
        assertEquals(List.of("support"), List.of(comment.json().get("mentions").get(0).asText()));
        // the colleague named is told: one event with the login, after commit
        long until = System.currentTimeMillis() + 10_000;
        while (mentions.isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
        }
        assertEquals(1, mentions.size());
        assertEquals("support", mentions.get(0).getProperty("login"));
        assertEquals(org, mentions.get(0).getProperty("recordId"));

        assertEquals(List.of("comment", "task.created", "ledger.posting", "account.opened", "contact.changed", "contact.created"),
                kinds(http, "contact", org, null, 6));
        // the account shows its own part: the opening and the top-up, newest first
        assertEquals(List.of("ledger.posting", "account.opened"), kinds(http, "account", account, null, 2));
        assertEquals(List.of("contact.changed", "contact.created"), kinds(http, "contact", org, "contact.*", 2));
        assertEquals(List.of("ledger.posting"), kinds(http, "contact", org, "ledger.posting", 1));

        // texts in the reader's language, both kept with the entry
        Http.Answer ru = http.call("GET", "timeline?recordType=contact&recordId=" + org + "&kind=ledger.posting", "accountant", null,
                "Accept-Language", "ru");
        JsonNode posting = ru.json().get("items").get(0);
        assertTrue(posting.toString(), posting.get("text").asText().startsWith("Пополнение +500.00 RUB по счёту "));
        assertTrue(posting.toString(), posting.get("texts").get("en").asText().startsWith("Top-up +500.00 RUB on account "));
        assertEquals("accountant", posting.get("actor").asText());
        JsonNode first = http.get("timeline?recordType=contact&recordId=" + org + "&kind=task.created", "manager").json().get("items").get(0);
        assertEquals("task", first.get("link").get("type").asText());
        assertEquals(task.json().get("id").asText(), first.get("link").get("id").asText());

        // paging and refusals name the parameter
        Http.Answer page = http.get("timeline?recordType=contact&recordId=" + org + "&limit=2&offset=1", "manager");
        assertEquals(6, page.json().get("total").asLong());
        assertEquals("task.created", page.json().get("items").get(0).get("kind").asText());
        assertRefused(http.get("timeline?recordType=contact&recordId=" + org + "&kind=contact%25", "manager"), 400, "kind");
        assertRefused(http.get("timeline?recordType=contact&recordId=nope", "manager"), 400, "recordId");
        assertRefused(http.get("timeline?recordId=" + org, "manager"), 400, "recordType");
        // read by the record type's own rule: the integrator reads contacts, so their timeline too (Work16Checks)
        assertEquals(200, http.get("timeline?recordType=contact&recordId=" + org, "integrator").status());
        assertEquals(403, http.get("timeline?recordType=contact&recordId=" + org, "nobody").status());
    }

    static void commentRulesRefuseBadInputKeepTheEditWindowAndLeaveATraceOnDelete(Http http, Api api, DataSource db) throws Exception {
        String org = api.createOrganization("ООО «Обсуждение»", Api.uniqueInn());
        String on = "comments?recordType=contact&recordId=" + org;
        String before = comments(db);
        assertRefused(http.post(on, "manager", "{\"text\":\"\"}"), 400, "text");
        assertRefused(http.post(on, "manager", "{\"text\":\" \\n \"}"), 400, "text");
        assertRefused(http.post(on, "manager", "{\"text\":\"" + "x".repeat(10_001) + "\"}"), 400, "text");
        Http.Answer huge = http.post(on, "manager", "{\"text\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}");
        assertTrue(huge.toString(), huge.status() == 413 || huge.status() == 400);
        assertRefused(http.post("comments?recordType=contact&recordId=" + UUID.randomUUID(), "manager", "{\"text\":\"Кому?\"}"), 400, "recordId");
        assertRefused(http.post("comments?recordType=invoice&recordId=" + org, "manager", "{\"text\":\"Куда?\"}"), 400, "recordType");
        assertEquals("refusals wrote nothing", before, comments(db));

        Http.Answer c = http.post(on, "manager", "{\"text\":\"Первая версия\\nвторая строка\"}");
        assertEquals(c.toString(), 201, c.status());
        String id = c.json().get("id").asText();
        assertEquals(403, http.call("PUT", "comments/" + id, "support", "{\"text\":\"Чужая правка\"}").status());
        Http.Answer edited = http.call("PUT", "comments/" + id, "manager", "{\"text\":\"Исправленная версия\"}");
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals("Исправленная версия", edited.json().get("text").asText());
        assertNotNull(edited.json().get("editedAt").asText());
        assertEquals(1, kinds(http, "contact", org, "comment", 1).size());
        JsonNode entry = http.get("timeline?recordType=contact&recordId=" + org + "&kind=comment", "manager").json().get("items").get(0);
        assertEquals("the timeline shows the edited text", "manager commented: Исправленная версия", entry.get("texts").get("en").asText());

        // the window is counted from writing: a comment written 16 minutes ago is closed to edits
        try (Connection conn = db.getConnection();
             PreparedStatement ps = conn.prepareStatement("UPDATE record_comment SET created_at = ? WHERE id = ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofMinutes(16))), new GregorianCalendar(TimeZone.getTimeZone("UTC")));
            ps.setString(2, id);
            assertEquals(1, ps.executeUpdate());
        }
        Http.Answer late = http.call("PUT", "comments/" + id, "manager", "{\"text\":\"Слишком поздно\"}");
        assertEquals(late.toString(), 422, late.status());
        assertEquals("urn:pitstop:problem:comment-edit-window", late.json().get("type").asText());

        assertEquals(403, http.call("DELETE", "comments/" + id, "support", null).status());
        Http.Answer deleted = http.call("DELETE", "comments/" + id, "manager", null);
        assertEquals(deleted.toString(), 200, deleted.status());
        assertTrue(deleted.toString(), deleted.json().get("text").isNull());
        assertEquals("manager", deleted.json().get("deletedBy").asText());
        assertEquals(409, http.call("DELETE", "comments/" + id, "admin", null).status());
        JsonNode listed = http.get(on, "support").json().get("items").get(0);
        assertEquals("the trace stays in the list", id, listed.get("id").asText());
        assertEquals("manager", listed.get("deletedBy").asText());
        assertFalse(listed.get("deletedAt").isNull());
        List<String> kinds = kinds(http, "contact", org, "comment.*", 2);
        assertEquals(List.of("comment.deleted", "comment"), kinds);
        String timeline = http.get("timeline?recordType=contact&recordId=" + org + "&kind=comment.*", "manager").body();
        assertFalse("the deleted text is gone from the timeline: " + timeline, timeline.contains("Исправленная версия"));
        Http.Answer ruTrace = http.call("GET", "timeline?recordType=contact&recordId=" + org + "&kind=comment", "manager", null, "Accept-Language", "ru");
        assertTrue(ruTrace.body(), ruTrace.json().get("items").get(0).get("text").asText().contains("комментарий удалён"));
        // audited with who deleted it
        try (Connection conn = db.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT actor FROM audit_log WHERE subject_id = ? AND action = 'deleted'")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue("the deletion is audited", rs.next());
                assertEquals("manager", rs.getString(1));
            }
        }
    }

    /** A plugin records its own kind through the timeline API; after it is uninstalled the entry still reads in both languages. */
    static void recordSampleVisit(Http http, String org) {
        Http.Answer visit = http.post("sample/visits?contactId=" + org, "manager", null);
        assertEquals(visit.toString(), 201, visit.status());
    }

    static void sampleVisitStillReads(Http http, String org) {
        Http.Answer en = http.get("timeline?recordType=contact&recordId=" + org + "&kind=sample.visit", "manager");
        assertEquals(en.toString(), 1, en.json().get("total").asLong());
        assertEquals("Sample visit by manager", en.json().get("items").get(0).get("text").asText());
        Http.Answer ru = http.call("GET", "timeline?recordType=contact&recordId=" + org + "&kind=sample.*", "manager", null, "Accept-Language", "ru");
        assertEquals(ru.toString(), "Визит (пример): manager", ru.json().get("items").get(0).get("text").asText());
    }

    private static void assertRefused(Http.Answer a, int status, String field) {
        assertEquals(a.toString(), status, a.status());
        assertTrue(field + " must be named: " + a.body(), a.json().get("errors").toString().contains("\"" + field + "\""));
    }

    private static String comments(DataSource db) throws Exception {
        try (Connection conn = db.getConnection();
             PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*), COALESCE(SUM(version), 0) FROM record_comment");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) + " " + rs.getLong(2);
        }
    }
}
