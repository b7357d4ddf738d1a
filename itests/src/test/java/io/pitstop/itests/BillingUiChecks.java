package io.pitstop.itests;

import static org.junit.Assert.assertEquals;

import java.time.YearMonth;
import java.time.ZoneId;

/** The billing plugin's account card tab in a real browser: the balance summary of seed 000 with its shortfall. */
final class BillingUiChecks {
    private BillingUiChecks() {
    }

    /** Installs the plugin from the plugins page unless an earlier check did. */
    static void install(Browser b) throws Exception {
        awaitUi(b);
        b.login("admin");
        b.click("menu-plugins");
        b.visible("plugin-pitstop-billing-state");
        if (b.present("plugin-pitstop-billing-install")) {
            b.click("plugin-pitstop-billing-install");
            b.click("plugin-confirm-ok");
        }
        b.visible("menu-billing-catalogue");
        b.logout();
    }

    /**
     * The web application deploys after the REST answers, and on a busy machine a minute later: when this check runs
     * first there is no login page yet, only the web server's 404, for a while.
     */
    private static void awaitUi(Browser b) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            b.open("login");
            // the page needs a moment to render its form once it is there
            for (int i = 0; i < 40; i++) {
                if (b.present("login-username")) {
                    return;
                }
                Thread.sleep(250);
            }
        }
    }

    /**
     * An account with 3 modules at 1,000 and 2,500 on it: the tab shows balance 2,500, monthly charge 3,000, reserved
     * 2,500, available 0, and the shortfall of 500 to pay by the last day of this month.
     */
    static void accountantSeesTheShortfall(Browser b, Api api) throws Exception {
        install(b);
        String code = BillingChecks.product(api.http(), "1000");
        String account = api.openAccount(api.createOrganization("ООО «Абонент»", Api.uniqueInn()), "0");
        api.topUp(account, "2500");
        BillingChecks.subscribe(api.http(), account, code, 3);
        b.login("accountant");
        b.open("account/" + account);
        b.visible("account-card");
        b.click("account-tab-billing");
        b.attribute("billing-summary-balance", "data-amount", "2500.00");
        b.attribute("billing-summary-monthly", "data-amount", "3000.00");
        b.attribute("billing-summary-reserved", "data-amount", "2500.00");
        b.attribute("billing-summary-available", "data-amount", "0.00");
        b.attribute("billing-summary-shortfall", "data-amount", "500.00");
        b.attribute("billing-summary-shortfall", "data-pay-by", YearMonth.now(ZoneId.of("Europe/Moscow")).atEndOfMonth().toString());
        b.visible("billing-subscriptions-grid");
        b.shot("billing-summary");
    }
}
