package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The KSO plugin's staff views in a real browser: the calculator a sales manager uses and the administration. */
final class KsoUiChecks {
    private KsoUiChecks() {
    }

    /** Installs the plugin from the plugins page unless an earlier check did. */
    static void install(Browser b) throws Exception {
        b.login("admin");
        b.click("menu-plugins");
        b.visible("plugin-pitstop-kso-state");
        if (b.present("plugin-pitstop-kso-install")) {
            b.click("plugin-pitstop-kso-install");
            b.click("plugin-confirm-ok");
        }
        b.visible("menu-kso-programmes");
        b.logout();
    }

    /**
     * The seed's deal (2,829,900 with 1,000,000 down over 36 months: 1,829,900 lent) typed by a manager: the percent
     * follows the rubles, Enter shows the offers, three are compared side by side, and the best offer's monthly
     * payment is the one the REST calculation gives for its rate.
     */
    static void managerComparesThreeOffers(Browser b, Api api) throws Exception {
        install(b);
        long tag = System.nanoTime() % 100_000;
        // priorities above any other programme's, so these three lead the offers in this order
        String[] rates = {"14.3", "11.9", "9.9"};
        for (int i = 0; i < rates.length; i++) {
            Http.Answer created = api.http().post("kso/programmes", "admin",
                    KsoChecks.programme(null, "Сравнение " + tag + "-" + i, rates[i], 1000 - i));
            assertEquals(created.body(), 201, created.status());
        }
        b.login("manager");
        b.open("kso/calculator");
        b.visible("kso-calculator");
        b.type("kso-price", "2829900");
        b.type("kso-down-payment", "1000000");
        // the percent follows the rubles as they are typed
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(
                d -> "35.3369".equals(d.findElement(By.cssSelector("#kso-down-payment-percent input")).getDomProperty("value")));
        b.input("kso-term", "36").sendKeys(Keys.ENTER);
        b.visible("kso-pick-2");
        b.shot("kso-offers");
        for (int i = 0; i < 3; i++) {
            b.click("kso-pick-" + i);
        }
        b.click("kso-compare");
        b.visible("kso-compare-2");
        b.shot("kso-compare");
        String expected = api.http().post("kso/calculations", "manager",
                "{\"amount\":1829900,\"annualRatePercent\":14.3,\"termMonths\":36}").json().get("monthlyPayment").asText();
        assertEquals(0, new BigDecimal("62808.61").compareTo(new BigDecimal(expected)));
        b.attribute("kso-compare-monthly-0", "data-amount", "62808.61");
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shown.add(b.visible("kso-compare-monthly-" + i).getText());
        }
        assertTrue("three different offers side by side: " + shown, shown.stream().distinct().count() == 3);
        // below the fold on a laptop's screen: scrolled to as a user would
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", b.visible("kso-compare-schedule-0"));
        b.click("kso-compare-schedule-0");
        b.visible("kso-schedule-0");
        b.shot("kso-schedule");
    }

    /** The gate's checks (axe, console errors, title) over the plugin's views for a manager and an administrator. */
    static void viewsPassTheQualityGate(Browser b) throws Exception {
        install(b);
        List<String> problems = new ArrayList<>();
        for (String role : List.of("manager", "admin")) {
            b.login(role);
            for (String view : List.of("kso/calculator", "kso/programmes", "kso/products")) {
                QualityChecks.follow(b, "menu-" + view.replace('/', '-'), view);
                problems.addAll(QualityGate.check(b, role, view.replace('/', '-')));
            }
            b.logout();
        }
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }
}
