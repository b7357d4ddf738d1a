package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The payments plugin's page in a real browser: an accountant imports a statement and works the queue. */
final class PaymentsUiChecks {
    private PaymentsUiChecks() {
    }

    /** Installs the plugin from the plugins page unless an earlier check did. */
    static void install(Browser b) throws Exception {
        b.login("admin");
        b.click("menu-plugins");
        b.visible("plugin-pitstop-payments-state");
        if (b.present("plugin-pitstop-payments-install")) {
            b.click("plugin-pitstop-payments-install");
            b.click("plugin-confirm-ok");
        }
        b.visible("menu-payments");
        b.logout();
    }

    /**
     * A statement pasted by an accountant: a top-up matched by its purpose and a payment with a vague purpose, which
     * the report counts; the vague one opened from the queue says why it waits and is assigned by typing the account
     * number and Enter; the account's balance has both.
     */
    static void accountantImportsAndAssigns(Browser b, Api api) throws Exception {
        install(b);
        String[] ours = PaymentsChecks.defaultEntity(api.http());
        String[] client = PaymentsChecks.client(api, api.http());
        String topUp = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String vague = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String statement = PaymentsChecks.file(
                PaymentsChecks.document(topUp, "06.03.2019", "700.00", client[2], PaymentsChecks.randomAccount(), null, ours[0], ours[1],
                        null, "Пополнение лицевого счета № " + client[1]),
                PaymentsChecks.document(vague, "06.03.2019", "300.00", null, PaymentsChecks.randomAccount(), null, ours[0], ours[1],
                        null, "За услуги"));
        b.login("accountant");
        b.open("payments");
        b.click("payments-import");
        b.dialog("payments-import-dialog");
        b.input("payments-import-file", statement);
        b.click("payments-import-run");
        b.attribute("payments-import-report", "data-imported", "2");
        b.shot("payments-report");
        assertTrue(b.css(".payments-report-counts").getText().contains("2"));
        b.open("payments?status=UNMATCHED");
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
            for (var cell : d.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space(text())='" + vague + "']"))) {
                if (cell.isDisplayed()) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        b.dialog("payment-card");
        assertTrue(b.visible("payment-card-explanation").getText().length() > 10);
        b.shot("payment-card");
        b.input("payment-card-assign-account", client[1]).sendKeys(Keys.ENTER);
        b.notice("payment.assigned");
        assertEquals(0, new BigDecimal("1000.00").compareTo(api.balanceOf(client[0])));
    }
}
