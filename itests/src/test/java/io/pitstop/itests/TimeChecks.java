package io.pitstop.itests;

import java.util.EnumSet;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Predicate;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** The business calendar and background jobs as clients see them: REST, cancellation, schedules on a moved clock. */
final class TimeChecks {
    private TimeChecks() {
    }

    static void calendarOverRest(Http http) {
        Http.Answer days = http.get("calendar/working-days?from=2025-12-29&to=2026-01-13", "support");
        assertEquals(days.toString(), 200, days.status());
        List<String> dates = new ArrayList<>();
        days.json().get("days").forEach(d -> dates.add(d.asText()));
        // 31 December 2025 and 1-11 January 2026 are off: the New Year holidays with their transfers
        assertEquals(List.of("2025-12-29", "2025-12-30", "2026-01-12", "2026-01-13"), dates);
        assertEquals(4, days.json().get("count").asInt());

        Http.Answer monday = http.get("calendar/days/2026-03-09", "manager");
        assertEquals(monday.toString(), 200, monday.status());
        assertFalse(monday.json().get("working").asBoolean());
        assertEquals("transferred-day-off", monday.json().get("reason").asText());
        Http.Answer saturday = http.get("calendar/days/2025-11-01", "accountant");
        assertTrue(saturday.json().get("working").asBoolean());
        assertEquals("transferred-working-day", saturday.json().get("reason").asText());

        refused(http.get("calendar/working-days?from=2026-13-01&to=2026-12-31", "manager"), 400, "from");
        refused(http.get("calendar/working-days?from=2026-02-01&to=2026-01-01", "manager"), 400, "to");
        refused(http.get("calendar/working-days?from=2020-01-01&to=2026-01-01", "manager"), 400, "to");
        refused(http.get("calendar/days/2026-02-30", "manager"), 400, "date");
        assertEquals(401, http.get("calendar/days/2026-01-09", null).status());
        Http.Answer health = http.get("health", null);
        assertEquals(health.toString(), "UP", health.json().get("checks").get("calendar").asText());
    }

    static void jobRunsAndIsCancelled(Http http) {
        Http.Answer types = http.get("jobs/types", "admin");
        assertTrue(types.toString(), types.body().contains("\"demo.count\""));
        String quick = start(http, 5, 20);
        JsonNode done = await(http, quick, r -> r.get("status").asText().equals("SUCCEEDED"), 20_000);
        assertEquals(5, done.get("done").asLong());
        assertEquals(5, done.get("total").asLong());
        assertTrue(done.toString(), done.get("result").asText().startsWith("Counted steps 1-5 of 5"));

        String slow = start(http, 500, 50);
        await(http, slow, r -> r.get("status").asText().equals("RUNNING") && r.get("done").asLong() >= 2, 20_000);
        assertEquals(403, http.post("jobs/" + slow + "/cancel", "manager", null).status());
        Http.Answer cancel = http.post("jobs/" + slow + "/cancel", "admin", null);
        assertEquals(cancel.toString(), 200, cancel.status());
        JsonNode cancelled = await(http, slow, r -> r.get("status").asText().equals("CANCELLED"), 20_000);
        assertTrue(cancelled.toString(), cancelled.get("done").asLong() < 500);
        assertEquals(409, http.post("jobs/" + slow + "/cancel", "admin", null).status());
        assertEquals(409, http.post("jobs/" + slow + "/resume", "admin", null).status());
        Http.Answer list = http.get("jobs?type=demo.count&status=CANCELLED&limit=1000", "admin");
        assertEquals(list.toString(), 200, list.status());
        assertTrue(list.body().contains(slow));
        assertFalse(list.body().contains(quick));

        assertEquals(403, http.post("jobs", "manager", "{\"type\":\"demo.count\"}").status());
        refused(http.post("jobs", "admin", "{\"type\":\"no.such-job\"}"), 400, "type");
        refused(http.post("jobs", "admin", "{\"type\":\"demo.count\",\"parameters\":[{\"name\":\"steps\",\"value\":\"many\"}]}"), 400,
                "parameters.steps");
        assertEquals(404, http.get("jobs/" + java.util.UUID.randomUUID(), "admin").status());
        assertEquals(404, http.get("jobs/" + quick, "manager").status());
    }

    static void badCronIsRefused(Http http) {
        int before = http.get("jobs/schedules", "admin").json().size();
        refused(http.post("jobs/schedules", "admin", "{\"type\":\"demo.count\",\"cron\":\"61 * * * *\"}"), 400, "cron");
        refused(http.post("jobs/schedules", "admin", "{\"type\":\"demo.count\",\"cron\":\"0 20 * *\"}"), 400, "cron");
        refused(http.post("jobs/schedules", "admin", "{\"type\":\"demo.count\",\"cron\":\"0 20 * * *\",\"zone\":\"Mars/Olympus\"}"), 400, "zone");
        assertEquals(before, http.get("jobs/schedules", "admin").json().size());
    }

    /**
     * "0 20 * * *" in Europe/Moscow and in Asia/Yekaterinburg on a clock moved through ConfigurationAdmin: each fires
     * at 20:00 of its own zone (17:00 and 15:00 UTC), not before, once; the clock is restored after.
     */
    static void scheduleFiresAtTheRightInstantOnAMovedClock(Http http, BundleContext context) throws Exception {
        ServiceReference<FeaturesService> fref = context.getServiceReference(FeaturesService.class);
        FeaturesService features = context.getService(fref);
        ServiceReference<ConfigurationAdmin> cref = context.getServiceReference(ConfigurationAdmin.class);
        ConfigurationAdmin admin = context.getService(cref);
        Configuration clock = admin.getConfiguration("io.pitstop.clock", "?");
        String moscow = null;
        String yekaterinburg = null;
        try {
            if (!features.isInstalled(features.getFeature("pitstop-camel"))) {
                features.installFeature("pitstop-camel", EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
            }
            move(clock, "2026-03-10T14:59:30Z");
            moscow = schedule(http, "Europe/Moscow", "2026-03-10T17:00:00Z");
            yekaterinburg = schedule(http, "Asia/Yekaterinburg", "2026-03-10T15:00:00Z");
            Thread.sleep(2_500); // the master route asks every second: long enough to fire early if it would
            assertEquals(List.of(), runsOf(http, moscow));
            assertEquals(List.of(), runsOf(http, yekaterinburg));

            move(clock, "2026-03-10T15:00:05Z");
            JsonNode fired = awaitRun(http, yekaterinburg);
            assertEquals("2026-03-10T15:00:00Z", fired.get("scheduledFor").asText());
            Thread.sleep(1_500);
            assertEquals(List.of(), runsOf(http, moscow));
            assertEquals(1, runsOf(http, yekaterinburg).size());

            move(clock, "2026-03-10T17:00:05Z");
            assertEquals("2026-03-10T17:00:00Z", awaitRun(http, moscow).get("scheduledFor").asText());
            JsonNode next = scheduleById(http, yekaterinburg);
            assertEquals("2026-03-11T15:00:00Z", next.get("nextAt").asText());
            assertEquals(1, runsOf(http, yekaterinburg).size());
        } finally {
            for (String id : new String[] {moscow, yekaterinburg}) {
                if (id != null) {
                    http.call("DELETE", "jobs/schedules/" + id, "admin", null);
                }
            }
            clock.delete();
            context.ungetService(cref);
            context.ungetService(fref);
        }
    }

    private static void move(Configuration clock, String instant) throws Exception {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("fixed", instant);
        clock.update(p);
    }

    /** Adds the schedule once the moved clock is in effect (Config Admin delivers asynchronously): its nextAt says so. */
    private static String schedule(Http http, String zone, String expectedNext) throws InterruptedException {
        long end = System.currentTimeMillis() + 15_000;
        while (true) {
            Http.Answer a = http.post("jobs/schedules", "admin", "{\"type\":\"demo.count\",\"cron\":\"0 20 * * *\",\"zone\":\"" + zone
                    + "\",\"parameters\":[{\"name\":\"steps\",\"value\":\"1\"},{\"name\":\"stepMillis\",\"value\":\"0\"}]}");
            assertEquals(a.toString(), 201, a.status());
            String id = a.json().get("id").asText();
            if (a.json().get("nextAt").asText().equals(expectedNext)) {
                return id;
            }
            http.call("DELETE", "jobs/schedules/" + id, "admin", null);
            assertTrue("the clock did not move: next " + a.json().get("nextAt"), System.currentTimeMillis() < end);
            Thread.sleep(200);
        }
    }

    private static JsonNode scheduleById(Http http, String id) {
        for (JsonNode s : http.get("jobs/schedules", "admin").json()) {
            if (s.get("id").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("schedule " + id + " is gone");
    }

    private static List<JsonNode> runsOf(Http http, String schedule) {
        List<JsonNode> out = new ArrayList<>();
        http.get("jobs?type=demo.count&limit=1000", "admin").json().get("items").forEach(r -> {
            if (schedule.equals(r.path("scheduleId").asText())) {
                out.add(r);
            }
        });
        return out;
    }

    private static JsonNode awaitRun(Http http, String schedule) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            List<JsonNode> runs = runsOf(http, schedule);
            if (!runs.isEmpty()) {
                return runs.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("schedule " + schedule + " did not fire within 20 s");
    }

    /** Starts a counting run as admin; answers its id. */
    static String start(Http http, int steps, int stepMillis) {
        Http.Answer a = http.post("jobs", "admin", "{\"type\":\"demo.count\",\"parameters\":[{\"name\":\"steps\",\"value\":\"" + steps
                + "\"},{\"name\":\"stepMillis\",\"value\":\"" + stepMillis + "\"}]}");
        assertEquals(a.toString(), 201, a.status());
        assertNotEquals("", a.json().get("id").asText());
        return a.json().get("id").asText();
    }

    static JsonNode await(Http http, String id, Predicate<JsonNode> condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        Http.Answer last = null;
        while (System.currentTimeMillis() < end) {
            last = http.get("jobs/" + id, "admin");
            if (last.status() == 200 && condition.test(last.json())) {
                return last.json();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("job " + id + " did not get there in " + millis + " ms; last: " + last);
    }

    /** After a kill -9: the run is FAILED (server stopped), and resuming it counts only the steps it had not done. */
    static void killedRunIsFailedAndResumes(Http http, String id, int steps) {
        JsonNode failed = await(http, id, r -> !r.get("status").asText().equals("RUNNING"), 10_000);
        assertEquals(failed.toString(), "FAILED", failed.get("status").asText());
        assertEquals("server stopped", failed.get("error").asText());
        long done = failed.get("done").asLong();
        assertTrue(failed.toString(), done > 0 && done < steps);
        Http.Answer resume = http.post("jobs/" + id + "/resume", "admin", null);
        assertEquals(resume.toString(), 200, resume.status());
        JsonNode finished = await(http, id, r -> r.get("status").asText().equals("SUCCEEDED"), 60_000);
        assertEquals(steps, finished.get("done").asLong());
        assertEquals(2, finished.get("attempts").asInt());
        assertEquals("Counted steps " + (done + 1) + "-" + steps + " of " + steps + " in this attempt (" + (steps - done) + " steps)",
                finished.get("result").asText());
    }

    private static void refused(Http.Answer a, int status, String field) {
        assertEquals(a.toString(), status, a.status());
        boolean named = false;
        for (JsonNode e : a.json().path("errors")) {
            named |= field.equals(e.path("field").asText());
        }
        assertTrue("expected a refusal naming " + field + ": " + a, named);
    }
}
