package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Tasks through REST on a running server: a group's task with co-workers, observers, checklist, reminder and the
 * creator's confirmation, its history; the distribution of work at the cap boundary and across a weekend, planned
 * and then created in one go. Called from {@link CoreSuite} on both databases.
 */
final class TasksChecks {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private TasksChecks() {
    }

    /**
     * A task for group {@code group} (the co-worker {@code support} works on it), from creation through the
     * checklist and the reminder to the creator's confirmation; lists by view; the history newest first.
     */
    static void groupTaskLifeCycle(Http http, DataSource db, BundleContext context) throws Exception {
        String group = "calls-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer made = http.post("staff/groups", "admin", "{\"code\":\"" + group + "\",\"name\":\"Повторные прозвоны\"}");
        assertEquals(made.toString(), 201, made.status());
        List<Event> reminders = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "pitstop/tasks/REMINDER");
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, reminders::add, props);
        try {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String deadline = now.plus(Duration.ofDays(1)).toString();
            String remind = now.plusSeconds(2).toString();
            Http.Answer created = http.post("tasks", "manager", "{\"title\":\"Задача на прозвон: ИП Дедок\",\"assignee\":\"group:" + group
                    + "\",\"deadline\":\"" + deadline + "\",\"reminderAt\":\"" + remind + "\",\"confirmByCreator\":true,"
                    + "\"coWorkers\":[\"support\"],\"observers\":[\"accountant\"],"
                    + "\"checklist\":[\"1 X 052 ЕК 190 - в ремонте\",\"Уточнить сроки восстановления\"]}");
            assertEquals(created.toString(), 201, created.status());
            JsonNode task = created.json();
            String id = task.get("id").asText();
            assertEquals("group:" + group, task.get("assignee").asText());
            assertEquals("[\"support\"]", task.get("coWorkers").toString());
            assertEquals("[\"accountant\"]", task.get("observers").toString());
            assertEquals(remind, task.get("reminderAt").asText());
            assertEquals(2, task.get("checklist").size());
            assertFalse(task.get("checklist").get(0).get("done").asBoolean());

            assertTrue("a co-worker's own list", ids(http.get("tasks?view=mine&limit=1000", "support")).contains(id));
            assertFalse("an observer only follows", ids(http.get("tasks?view=mine&limit=1000", "accountant")).contains(id));
            assertTrue(ids(http.get("tasks?view=created&limit=1000", "manager")).contains(id));
            assertFalse(ids(http.get("tasks?view=created&limit=1000", "support")).contains(id));
            assertTrue(ids(http.get("tasks?group=" + group + "&limit=1000", "manager")).contains(id));
            assertTrue("due tomorrow: on a two-day horizon", ids(http.get("tasks?view=mine&dueWithinDays=2&limit=1000", "support")).contains(id));

            long until = System.currentTimeMillis() + 45_000;
            while (fired(db, id) == 0 && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            assertEquals("the reminder fired at its time", 1, fired(db, id));
            Thread.sleep(1_000);
            List<Event> mine = reminders.stream().filter(e -> id.equals(e.getProperty("subject.id"))).toList();
            assertEquals("one event per reminder: " + mine, 1, mine.size());
            assertEquals("group:" + group, mine.get(0).getProperty("assignee"));
            assertEquals("support", mine.get(0).getProperty("coWorkers"));

            Http.Answer ticked = http.post("tasks/" + id + "/checklist/check", "support", "{\"index\":0,\"done\":true}");
            assertEquals(ticked.toString(), 200, ticked.status());
            JsonNode item = ticked.json().get("checklist").get(0);
            assertTrue(item.get("done").asBoolean());
            assertEquals("support", item.get("doneBy").asText());
            assertEquals(400, http.post("tasks/" + id + "/checklist/check", "support", "{\"index\":2,\"done\":true}").status());
            assertEquals("an observer ticks nothing", 403, http.post("tasks/" + id + "/checklist/check", "accountant",
                    "{\"index\":1,\"done\":true}").status());
            Http.Answer added = http.post("tasks/" + id + "/checklist", "support", "{\"text\":\"Направить счёт\"}");
            assertEquals(added.toString(), 200, added.status());
            assertEquals(3, added.json().get("checklist").size());

            assertStatus(http, id, "support", "IN_PROGRESS", 200);
            assertStatus(http, id, "support", "DONE", 200);
            assertTrue(ids(http.get("tasks?view=awaitingMyConfirmation&limit=1000", "manager")).contains(id));
            assertFalse(ids(http.get("tasks?view=awaitingMyConfirmation&limit=1000", "support")).contains(id));
            assertStatus(http, id, "support", "CONFIRMED", 403);
            assertStatus(http, id, "manager", "CONFIRMED", 200);

            Http.Answer history = http.get("tasks/" + id + "/history", "accountant");
            assertEquals(history.toString(), 200, history.status());
            List<String> steps = new ArrayList<>();
            history.json().get("items").forEach(e -> steps.add(e.get("actor").asText() + " " + e.get("action").asText()));
            assertEquals("newest first", List.of("manager status", "support status", "support status", "support checklist",
                    "support checklist", "system:task-reminders reminder", "manager created"), steps);
            assertEquals(404, http.get("tasks/" + UUID.randomUUID() + "/history", "manager").status());
        } finally {
            handler.unregister();
        }
    }

    /** Refusals of the new fields: each a 400 naming the field, nothing written. */
    static void badPeopleChecklistAndReminderAreRefused(Http http, DataSource db) throws Exception {
        String deadline = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS).toString();
        String late = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS).toString();
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("\"пункт ").append(i).append('"');
        }
        String before = count(db, "SELECT COUNT(*) FROM task") + " " + count(db, "SELECT COUNT(*) FROM task_check");
        refused(http, "{\"title\":\"Много\",\"assignee\":\"support\",\"checklist\":[" + many + "]}", "checklist");
        refused(http, "{\"title\":\"Поздно\",\"assignee\":\"support\",\"deadline\":\"" + deadline + "\",\"reminderAt\":\"" + late + "\"}",
                "reminderAt");
        refused(http, "{\"title\":\"Кто\",\"assignee\":\"support\",\"coWorkers\":[\"support\",\"support\"]}", "coWorkers[1]");
        refused(http, "{\"title\":\"Кто\",\"assignee\":\"group:\"}", "assignee");
        refused(http, "{\"title\":\"Кто\",\"assignee\":\"group:no-such-group\"}", "assignee");
        refused(http, "{\"title\":\"Кто\",\"assignee\":\"nobody-works-here\"}", "assignee");
        refused(http, "{\"title\":\"Возврат\",\"assignee\":\"support\",\"requiredRole\":\"accountant\"}", "assignee");
        refused(http, "{\"title\":\"Кто\",\"assignee\":\"support\",\"observers\":[\"nobody-works-here\"]}", "observers[0]");
        assertEquals("refusals write nothing", before, count(db, "SELECT COUNT(*) FROM task") + " " + count(db, "SELECT COUNT(*) FROM task_check"));
    }

    /**
     * 31 calls over two people at 15 a day from a Friday: the plan puts 30 on Friday and 1 on Monday and writes
     * nothing; 30 fit one day exactly; one day is too few for 31. Then the plan is created in one go, once per key.
     */
    static void distributionAtTheCapAcrossAWeekend(Http http, DataSource db) throws Exception {
        LocalDate friday = LocalDate.now(MOSCOW).plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        String body = distribution(31, friday, 5);
        long tasksBefore = count(db, "SELECT COUNT(*) FROM task");
        Http.Answer plan = http.post("tasks/distribution/plan", "manager", body);
        assertEquals(plan.toString(), 200, plan.status());
        assertEquals(31, plan.json().get("total").asInt());
        assertEquals("[\"" + friday + "\",\"" + friday.plusDays(3) + "\"]", plan.json().get("days").toString());
        assertEquals(Map.of(friday + " manager", 15, friday + " support", 15, friday.plusDays(3) + " manager", 1), perDay(plan.json()));
        assertEquals("a plan writes nothing", tasksBefore, count(db, "SELECT COUNT(*) FROM task"));

        Http.Answer exact = http.post("tasks/distribution/plan", "manager", distribution(30, friday, 1));
        assertEquals(exact.toString(), 200, exact.status());
        assertEquals("[\"" + friday + "\"]", exact.json().get("days").toString());
        Http.Answer tooFew = http.post("tasks/distribution/plan", "manager", distribution(31, friday, 1));
        assertEquals(tooFew.toString(), 400, tooFew.status());
        assertTrue(tooFew.body(), tooFew.json().get("errors").toString().contains("\"days\""));
        assertEquals(403, http.post("tasks/distribution/plan", "support", body).status());

        String key = "campaign-" + UUID.randomUUID();
        Http.Answer made = http.post("tasks/distribution", "manager", body, "Idempotency-Key", key);
        assertEquals(made.toString(), 201, made.status());
        assertEquals(31, made.json().size());
        assertEquals(tasksBefore + 31, count(db, "SELECT COUNT(*) FROM task"));
        Map<String, Integer> created = new TreeMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode t : made.json()) {
            LocalDate due = LocalDate.ofInstant(Instant.parse(t.get("deadline").asText()), MOSCOW);
            created.merge(due + " " + t.get("assignee").asText(), 1, Integer::sum);
            ids.add(t.get("id").asText());
        }
        assertEquals("created as planned", perDay(plan.json()), created);
        Http.Answer again = http.post("tasks/distribution", "manager", body, "Idempotency-Key", key);
        assertEquals(again.toString(), 201, again.status());
        List<String> againIds = new ArrayList<>();
        again.json().forEach(t -> againIds.add(t.get("id").asText()));
        assertEquals("the same key answers the same tasks", ids, againIds);
        assertEquals(tasksBefore + 31, count(db, "SELECT COUNT(*) FROM task"));
        assertEquals(409, http.post("tasks/distribution", "manager", distribution(30, friday, 5), "Idempotency-Key", key).status());
        assertEquals(400, http.post("tasks/distribution", "manager", body).status());
        assertEquals(tasksBefore + 31, count(db, "SELECT COUNT(*) FROM task"));
    }

    private static String distribution(int calls, LocalDate first, int days) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < calls; i++) {
            items.append(i == 0 ? "" : ",").append("{\"title\":\"Пригласить на день открытых дверей ").append(i).append("\"}");
        }
        return "{\"items\":[" + items + "],\"people\":[\"manager\",\"support\"],\"firstDay\":\"" + first + "\",\"days\":" + days
                + ",\"dailyCap\":15,\"skipWeekends\":true}";
    }

    /** {@code "<day> <login>" -> tasks} of a plan. */
    private static Map<String, Integer> perDay(JsonNode plan) {
        Map<String, Integer> out = new TreeMap<>();
        plan.get("placements").forEach(p -> out.merge(p.get("day").asText() + " " + p.get("assignee").asText(), 1, Integer::sum));
        return out;
    }

    private static void refused(Http http, String body, String field) {
        Http.Answer a = http.post("tasks", "manager", body);
        assertEquals(body + " -> " + a, 400, a.status());
        assertTrue(body + " must name " + field + ": " + a.body(), a.json().get("errors").toString().contains("\"" + field + "\""));
    }

    private static void assertStatus(Http http, String task, String user, String wanted, int status) {
        Http.Answer a = http.post("tasks/" + task + "/status", user, "{\"status\":\"" + wanted + "\"}");
        assertEquals(user + " asks " + wanted + ": " + a, status, a.status());
    }

    private static List<String> ids(Http.Answer page) {
        assertEquals(page.toString(), 200, page.status());
        List<String> out = new ArrayList<>();
        page.json().get("items").forEach(t -> out.add(t.get("id").asText()));
        return out;
    }

    private static int fired(DataSource db, String id) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM task WHERE id = ? AND reminder_fired = ?")) {
            ps.setString(1, id);
            ps.setBoolean(2, true);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long count(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
