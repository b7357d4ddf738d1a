package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The money views in the browser: what an accountant sees before a posting
 * is made, the journal's account and counterparty, and accounts found by
 * their owner's name. Called from {@link StaffUiIT}.
 */
final class MoneyChecks {
    private MoneyChecks() {
    }

    static String number(Api api, String account) {
        Http.Answer a = api.http().get("accounts/" + account, "accountant");
        assertEquals(a.toString(), 200, a.status());
        return a.json().get("number").asText();
    }

    /** A contact name no other test uses, so a search finds exactly its records. */
    static String uniqueName(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    /** Waits until the Vaadin field no longer shows itself invalid. */
    static void valid(Browser b, String field) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> Boolean.FALSE.equals(((JavascriptExecutor) d)
                .executeScript("const f = document.getElementById(arguments[0]); return f ? !!f.invalid : null;", field)));
    }

    /**
     * Waits until the element's attribute reads {@code expected} once the grouping spaces a formatter puts into
     * amounts (no-break and narrow no-break) are plain spaces.
     */
    static void shown(Browser b, String id, String attribute, String expected) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> expected.equals(String.valueOf(((JavascriptExecutor) d)
                .executeScript("const e = document.getElementById(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;",
                        id, attribute)).replace('\u00a0', ' ').replace('\u202f', ' ')));
    }

    /** Waits until the grid's rendered cells show every one of the texts. */
    static void gridShows(Browser b, String grid, String... texts) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
            Object shown = ((JavascriptExecutor) d).executeScript(
                    "const g = document.getElementById(arguments[0]); if (!g) return '';"
                    + " return Array.from(g.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('\\n');", grid);
            return List.of(texts).stream().allMatch(String.valueOf(shown)::contains);
        });
    }

    static void journalNamesAccountAndCounterpartyAndFiltersLive(Browser b, Api api) throws Exception {
        String owner = uniqueName("ООО «Журнал");
        String account = api.openAccount(api.createOrganization(owner, Api.uniqueInn()), "0");
        api.topUp(account, "250.00");
        String number = number(api, account);
        b.login("accountant");
        b.click("menu-ledger");
        b.visible("ledger-view");
        assertTrue("filters apply as they change: no Apply button", !b.present("journal-apply"));
        // typed, not left: the filter applies while the cursor is still in the field
        b.input("journal-account", number);
        b.attribute("journal-count", "data-count", "1");
        gridShows(b, "journal-grid", number + " · " + owner, "Банк");
        b.shot("journal-by-account");
    }

    static void accountsFoundByOwnerName(Browser b, Api api) throws Exception {
        String owner = uniqueName("ООО «Владелец");
        String account = api.openAccount(api.createOrganization(owner, Api.uniqueInn()), "0");
        String number = number(api, account);
        b.login("manager");
        b.click("menu-accounts");
        b.visible("accounts-view");
        b.input("accounts-filter-number", owner.substring(owner.lastIndexOf(' ') + 1));
        b.attribute("accounts-count", "data-count", "1");
        gridShows(b, "accounts-grid", number, owner);
        b.shot("accounts-by-owner");
        // a new account's card says in words that its period and its holds are empty
        b.open("account/" + account);
        b.visible("statement-empty");
        b.attribute("statement-summary", "data-opening", "0.00");
        b.attribute("statement-summary", "data-closing", "0.00");
        assertTrue("an empty period shows no blank grid", !b.visible("statement-empty").getText().isBlank());
        b.attribute("account-limit", "data-amount", "0.00");
        b.click("account-tab-holds");
        b.visible("holds-empty");
        b.shot("account-empty-states");
    }

    static void topUpShowsTheSummaryAndPostsOnlyWhenItIsConfirmed(Browser b, Api api) throws Exception {
        String owner = uniqueName("ООО «Сводка");
        String account = api.openAccount(api.createOrganization(owner, Api.uniqueInn()), "0");
        api.topUp(account, "100.00");
        b.login("accountant");
        b.open("account/" + account);
        b.visible("account-card");
        b.attribute("account-balance", "data-amount", "100.00");
        b.click("account-topup");
        b.dialog("posting-dialog");
        b.click("posting-submit");
        assertEquals("Укажите сумму больше нуля", b.fieldError("posting-amount"));
        // the error goes as soon as the amount is right, before anything is sent
        b.input("posting-amount", "1500,50");
        valid(b, "posting-amount");
        b.type("posting-reason", "Оплата по счёту № 18");
        b.type("posting-document", "п/п 4712 от 23.11.2026");
        b.shot("topup-form");
        b.click("posting-submit");
        b.dialog("posting-summary");
        shown(b, "posting-summary-balance", "data-before", "100,00 ₽");
        shown(b, "posting-summary-balance", "data-after", "1 600,50 ₽");
        shown(b, "posting-summary-available", "data-after", "1 600,50 ₽");
        shown(b, "posting-summary-amount", "data-value", "1 500,50 ₽");
        b.attribute("posting-summary-owner", "data-value", owner);
        b.attribute("posting-summary-account", "data-value", number(api, account));
        b.shot("topup-summary");
        assertEquals("nothing is posted before the summary is confirmed", new BigDecimal("100.00"), api.balanceOf(account));
        b.click("posting-summary-cancel");
        b.dialog("posting-dialog");
        assertEquals("a cancelled summary posts nothing", new BigDecimal("100.00"), api.balanceOf(account));
        b.click("posting-submit");
        b.dialog("posting-summary");
        b.click("posting-summary-ok");
        b.notice("posting.done");
        b.attribute("account-balance", "data-amount", "1600.50");
        assertEquals(new BigDecimal("1600.50"), api.balanceOf(account));
        b.shot("topup-posted");
    }
}
