package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.DeadLetter;
import io.pitstop.core.api.DeadLetters;
import java.util.Map;
import java.util.UUID;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** Dead letters through REST: list and filters, one letter, resolve with a comment, and what is refused. */
final class LettersChecks {
    private LettersChecks() {
    }

    /** A letter as a failing route keeps it (route, endpoint, headers), through the running store. */
    static DeadLetter openLetter(String route) {
        BundleContext bc = FrameworkUtil.getBundle(LettersChecks.class).getBundleContext();
        ServiceReference<DeadLetters> ref = bc.getServiceReference(DeadLetters.class);
        try {
            return bc.getService(ref).record("bank-statements", route, "file:/data/import/bank", "ValidationException: inn: is not valid\n"
                    + "caused by: IllegalArgumentException: checksum", "{\"inn\":\"1234567890\",\"amount\":\"15.00\"}",
                    Map.of("CamelFileName", "statement.txt"));
        } finally {
            bc.ungetService(ref);
        }
    }

    static void listGetAndResolve(Http http) {
        String route = "letters-" + UUID.randomUUID().toString().substring(0, 8);
        DeadLetter first = openLetter(route);
        DeadLetter second = openLetter(route);
        Http.Answer list = http.get("dead-letters?route=" + route + "&status=OPEN", "integrator");
        assertEquals(list.toString(), 200, list.status());
        assertEquals(2, list.json().get("total").asInt());
        assertEquals(second.id().toString(), list.json().get("items").get(0).get("id").asText());

        Http.Answer one = http.get("dead-letters/" + first.id(), "admin");
        assertEquals(one.toString(), 200, one.status());
        assertEquals("{\"inn\":\"1234567890\",\"amount\":\"15.00\"}", one.json().get("body").asText());
        assertTrue(one.json().get("error").asText().contains("caused by: IllegalArgumentException: checksum"));
        assertEquals("statement.txt", one.json().get("headers").get("CamelFileName").asText());
        assertEquals(route, one.json().get("route").asText());

        Http.Answer noComment = http.post("dead-letters/" + first.id() + "/resolve", "admin", "{\"comment\":\"   \"}");
        assertEquals(noComment.toString(), 400, noComment.status());
        assertTrue(noComment.toString(), noComment.toString().contains("comment"));
        assertEquals(403, http.post("dead-letters/" + first.id() + "/resolve", "manager", "{\"comment\":\"x\"}").status());
        assertEquals(404, http.post("dead-letters/" + UUID.randomUUID() + "/resolve", "admin", "{\"comment\":\"x\"}").status());
        assertEquals(400, http.get("dead-letters?status=open", "admin").status());
        assertEquals("OPEN", http.get("dead-letters/" + first.id(), "admin").json().get("status").asText());

        Http.Answer resolved = http.post("dead-letters/" + first.id() + "/resolve", "integrator",
                "{\"comment\":\"Выписка загружена вручную\\nклиент уточнил ИНН\"}");
        assertEquals(resolved.toString(), 200, resolved.status());
        assertEquals("RESOLVED", resolved.json().get("status").asText());
        assertEquals("integrator", resolved.json().get("handledBy").asText());
        assertTrue(resolved.json().get("comment").asText().contains("клиент уточнил ИНН"));
        assertEquals(409, http.post("dead-letters/" + first.id() + "/resolve", "admin", "{\"comment\":\"again\"}").status());
        Http.Answer reprocessOld = http.post("dead-letters/" + first.id() + "/reprocess", "admin", "");
        assertEquals(reprocessOld.toString(), 409, reprocessOld.status());
        assertEquals(1, http.get("dead-letters?route=" + route + "&status=OPEN", "admin").json().get("total").asInt());
        assertEquals(1, http.get("dead-letters?route=" + route + "&status=RESOLVED", "admin").json().get("total").asInt());
    }
}
