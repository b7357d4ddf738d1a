package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.Test;

/**
 * Data written on embedded Derby survives a stop and start of the server,
 * run with its own bin/ scripts as an administrator would.
 */
public class CoreRestartIT {
    @Test
    public void dataSurvivesRestartOnDerby() throws Exception {
        try (Distribution server = new Distribution("manager = manager,manager\naccountant = accountant,accountant\nadmin = admin,admin\n")) {
            Http http = server.start();
            Api api = new Api(http);
            http.await("contacts?limit=1", "manager", 240_000);
            String inn = Api.uniqueInn();
            String owner = api.createOrganization("ООО «Перезапуск»", inn);
            String account = api.openAccount(owner, "0");
            api.topUp(account, "123.45");
            server.stop();

            http = server.start();
            api = new Api(http);
            http.await("contacts?limit=1", "manager", 240_000);
            // once the API answers it stays: nothing torn down and rebuilt behind it a moment after boot
            long until = System.currentTimeMillis() + 5_000;
            do {
                Http.Answer contact = http.get("contacts/" + owner, "manager");
                assertEquals(contact.toString(), 200, contact.status());
                assertEquals(inn, contact.json().get("inn").asText());
            } while (System.currentTimeMillis() < until);
            assertEquals(new BigDecimal("123.45"), api.balanceOf(account));
            assertTrue(http.get("ledger/verify", "admin").json().get("intact").asBoolean());
        }
    }
}
