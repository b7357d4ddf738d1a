package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.Test;

/**
 * Data written on embedded Derby survives a stop and start of the server,
 * and a kill -9 and start, run with its own bin/ scripts as an administrator would;
 * the restart after the kill logs no error.
 */
public class CoreRestartIT {
    @Test
    public void dataSurvivesRestartOnDerby() throws Exception {
        try (Distribution server = new Distribution("manager = manager,manager\naccountant = accountant,accountant\nadmin = admin,admin\n")) {
            // the demo data does database work in activate, the kind of component a restart used to race
            server.boot("pitstop-demo");
            // start() waits for health alone, here and below: UP means the domain resources answer
            Http http = server.start();
            Api api = new Api(http);
            // the integration pages have the demo's refused import rows to show
            Http.Answer letters = http.get("dead-letters?source=contacts-csv-import&status=OPEN", "admin");
            assertEquals(letters.toString(), 200, letters.status());
            assertEquals(letters.toString(), 2, letters.json().get("total").asInt());
            String inn = Api.uniqueInn();
            String owner = api.createOrganization("ООО «Перезапуск»", inn);
            String account = api.openAccount(owner, "0");
            api.topUp(account, "123.45");
            server.stop();
            http = server.start();
            assertEquals(new BigDecimal("123.45"), new Api(http).balanceOf(account));

            // a background job is counting when the power goes
            String job = TimeChecks.start(http, 60, 100);
            TimeChecks.await(http, job, r -> r.get("done").asLong() >= 5, 20_000);

            // a power cut: components start again on a database that was not shut down cleanly
            server.kill();
            int before = server.log().size();
            http = server.start();
            api = new Api(http);
            // start() waited for health alone: health UP means the domain resources answer, with no wait of their own;
            // and once the API answers it stays: nothing torn down and rebuilt behind it a moment after boot
            long until = System.currentTimeMillis() + 5_000;
            do {
                Http.Answer contact = http.get("contacts/" + owner, "manager");
                assertEquals(contact.toString(), 200, contact.status());
                assertEquals(inn, contact.json().get("inn").asText());
                for (String list : List.of("contacts?limit=1", "accounts?limit=1")) {
                    Http.Answer page = http.get(list, "manager");
                    assertEquals(list + ": " + page, 200, page.status());
                }
            } while (System.currentTimeMillis() < until);
            assertEquals(new BigDecimal("123.45"), api.balanceOf(account));
            assertTrue(http.get("ledger/verify", "admin").json().get("intact").asBoolean());
            // the job the kill stopped is FAILED (server stopped) and resumes without counting its done steps again
            TimeChecks.killedRunIsFailedAndResumes(http, job, 60);
            // no component raced what it needs (the demo data once failed in activate for want of the transaction manager)
            List<String> errors = server.log().stream().skip(before).filter(l -> l.contains("| ERROR ")).toList();
            assertEquals("errors after the restart: " + errors, List.of(), errors);
        }
    }
}
