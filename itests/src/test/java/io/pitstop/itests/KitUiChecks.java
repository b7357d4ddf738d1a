package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kit's list tools in the browser, as a user keeps them between visits:
 * saved filters (save, apply after a reload, rename, delete), the column
 * chooser (a hidden column stays hidden after a reload), the totals row of a
 * money list, and times in the signed-in member's own zone. Called from
 * {@link StaffUiIT}.
 */
final class KitUiChecks {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private KitUiChecks() {
    }

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    private static WebDriverWait await(Browser b) {
        return Browser.waitFor(b.driver(), PATIENCE);
    }

    /** What the browser keeps for this login's list under {@code what} ("filters", "columns"), as JSON. */
    private static JsonNode stored(Browser b, String what, String login, String list) throws Exception {
        Object json = js(b, "return localStorage.getItem(arguments[0]);", "pitstop." + what + "." + login + "." + list);
        return JSON.readTree(json == null ? "{}" : json.toString());
    }

    /** Reloads the page, as the user pressing F5, and waits for the list again. */
    private static void reload(Browser b, String grid) {
        b.driver().navigate().refresh();
        b.visible("main-layout");
        b.css("#" + grid + ", #" + grid.replace("-grid", "-empty"));
    }

    /** Picks the saved filter of this name in the list's saved-filter choice. */
    private static void choose(Browser b, String select, String name) {
        b.click(select);
        await(b).until(d -> Boolean.TRUE.equals(js(b,
                "const item = Array.from(document.querySelectorAll('vaadin-select-item'))"
                        + ".find(i => i.textContent.trim() === arguments[0] && i.offsetParent !== null);"
                        + "if (!item) return false; item.click(); return true;", name)));
    }

    static void savedFiltersAreKeptRenamedAndDeleted(Browser b, Api api) throws Exception {
        String word = "Фильтр" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String contact = api.createOrganization("ООО «" + word + "»", Api.uniqueInn());
        b.login("manager");
        b.click("menu-contacts");
        b.visible("contacts-grid");
        b.input("contacts-filter-text", word);
        b.attribute("contacts-count", "data-count", "1");
        b.click("contacts-save-filter");
        b.dialog("contacts-save-filter-dialog");
        b.type("contacts-save-filter-name", "Мой клиент");
        b.click("contacts-save-filter-ok");
        b.gone("contacts-save-filter-dialog");
        await(b).until(d -> {
            try {
                return stored(b, "filters", "manager", "contacts").path("Мой клиент").path("text").asText().equals(word);
            } catch (Exception e) {
                return false;
            }
        });
        b.shot("saved");

        // after a reload the list starts unfiltered, and the saved filter brings the condition back
        reload(b, "contacts-grid");
        await(b).until(d -> String.valueOf(js(b, "return document.querySelector('#contacts-filter-text').value;")).isEmpty());
        choose(b, "contacts-saved-filters", "Мой клиент");
        b.attribute("contacts-count", "data-count", "1");
        assertEquals(word, js(b, "return document.querySelector('#contacts-filter-text').value;"));
        b.shot("applied-after-reload");

        b.click("contacts-rename-filter");
        b.dialog("contacts-rename-filter-dialog");
        b.type("contacts-rename-filter-name", "Клиент с отгрузкой");
        b.click("contacts-rename-filter-ok");
        b.gone("contacts-rename-filter-dialog");
        await(b).until(d -> {
            try {
                JsonNode all = stored(b, "filters", "manager", "contacts");
                return !all.has("Мой клиент") && all.path("Клиент с отгрузкой").path("text").asText().equals(word);
            } catch (Exception e) {
                return false;
            }
        });
        reload(b, "contacts-grid");
        choose(b, "contacts-saved-filters", "Клиент с отгрузкой");
        b.attribute("contacts-count", "data-count", "1");
        b.shot("renamed");

        b.click("contacts-delete-filter");
        b.dialog("contacts-delete-filter-confirm");
        b.shot("delete-confirm");
        b.click("contacts-delete-filter-confirm-ok");
        await(b).until(d -> {
            try {
                return !stored(b, "filters", "manager", "contacts").has("Клиент с отгрузкой");
            } catch (Exception e) {
                return false;
            }
        });
        reload(b, "contacts-grid");
        b.visible("contacts-save-filter");
        // nothing left to choose: the saved-filter choice and its rename and delete buttons are gone
        await(b).until(ExpectedConditions.invisibilityOfElementLocated(By.id("contacts-saved-filters")));
        await(b).until(ExpectedConditions.invisibilityOfElementLocated(By.id("contacts-delete-filter")));
        // another login on the same workstation has its own saved filters
        assertTrue(stored(b, "filters", "accountant", "contacts").isEmpty());

        // the new contact's relations and accounts tabs say in words that they are empty
        b.open("contact/" + contact);
        b.click("contact-tab-relations");
        b.visible("contact-relations-empty");
        b.click("contact-tab-accounts");
        b.visible("contact-accounts-empty");
        b.shot("contact-empty-tabs");
    }

    static void aHiddenColumnStaysHiddenAfterAReload(Browser b) throws Exception {
        b.login("manager");
        b.click("menu-contacts");
        b.visible("contacts-count");
        assertTrue("the phone column is shown at first", csvHeader(b).contains("Телефон"));
        b.click("contacts-columns");
        await(b).until(d -> Boolean.TRUE.equals(js(b,
                "const item = document.getElementById('contacts-column-phone');"
                        + "if (!item || item.offsetParent === null) return false; item.click(); return true;")));
        await(b).until(d -> {
            try {
                return stored(b, "columns", "manager", "contacts").path("phone").isBoolean()
                        && !stored(b, "columns", "manager", "contacts").path("phone").asBoolean();
            } catch (Exception e) {
                return false;
            }
        });
        assertFalse(csvHeader(b).contains("Телефон"));
        reload(b, "contacts-grid");
        b.click("contacts-columns");
        // the chooser shows the stored choice once the page has read it, and the export leaves the column out
        await(b).until(d -> Boolean.FALSE.equals(checked(b, "contacts-column-phone")));
        assertEquals(Boolean.TRUE, checked(b, "contacts-column-inn"));
        assertFalse(csvHeader(b).contains("Телефон"));
        assertTrue(csvHeader(b).contains("ИНН"));
        b.shot("phone-hidden-after-reload");
    }

    /** Whether the column chooser's item is ticked; null before the menu has drawn it. */
    private static Object checked(Browser b, String item) {
        return js(b, "const i = document.getElementById(arguments[0]);"
                + "return i ? !!(i._checked || i.hasAttribute('menu-item-checked')) : null;", item);
    }

    /** The first line of the list's CSV export, fetched with the page's session. */
    private static String csvHeader(Browser b) {
        String href = b.visible("contacts-export").getDomAttribute("href");
        String csv = new String(b.fetch(href), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
        return csv.split("\n")[0];
    }

    static void theTotalsRowSumsTheRowsTheServerCounts(Browser b, Api api) throws Exception {
        String owner = MoneyChecks.uniqueName("ООО «Итоги");
        String contact = api.createOrganization(owner, Api.uniqueInn());
        String first = api.openAccount(contact, "0");
        String second = api.openAccount(contact, "0");
        String third = api.openAccount(contact, "0");
        api.topUp(first, "1500.50");
        api.topUp(second, "250.25");
        BigDecimal expected = api.balanceOf(first).add(api.balanceOf(second)).add(api.balanceOf(third));
        assertEquals(0, new BigDecimal("1750.75").compareTo(expected));
        b.login("accountant");
        b.click("menu-accounts");
        b.visible("accounts-grid");
        b.input("accounts-filter-number", owner);
        b.attribute("accounts-count", "data-count", "3");
        // the rows' balances as the grid shows them, and under them their sum
        MoneyChecks.gridShows(b, "accounts-grid", "1 500,50".replace(' ', '\u00a0'), "250,25", "0,00");
        await(b).until(d -> "1 750,75 ₽".equals(b.visible("accounts-total-balance").getText().replace('\u00a0', ' ')
                .replace('\u202f', ' ').trim()));
        b.shot("totals");
    }

    static void timesAreShownInTheMembersZone(Browser b, Api api) throws Exception {
        String login = StaffChecks.newLogin("ekb");
        Http.Answer created = api.http().post("staff", "admin", StaffChecks.memberBody(login, "\"accountant\"",
                ",\"timeZone\":\"Asia/Yekaterinburg\",\"language\":\"ru\""));
        assertEquals(created.toString(), 201, created.status());
        String account = api.openAccount(api.createOrganization(MoneyChecks.uniqueName("ООО «Урал"), Api.uniqueInn()), "0");
        Http.Answer posted = api.post(UUID.randomUUID().toString(), "topup", account, "10.00", "bank");
        assertEquals(posted.toString(), 201, posted.status());
        Instant at = Instant.parse(posted.json().get("postedAt").asText());
        String yekaterinburg = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(at.atZone(ZoneId.of("Asia/Yekaterinburg")));
        String moscow = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(at.atZone(ZoneId.of("Europe/Moscow")));
        assertFalse(yekaterinburg.equals(moscow));
        b.login(login);
        b.click("menu-ledger");
        b.visible("ledger-view");
        b.input("journal-account", MoneyChecks.number(api, account));
        b.attribute("journal-count", "data-count", "1");
        // two hours ahead of Moscow: a posting at 17:00 UTC reads 22:00 in Yekaterinburg
        MoneyChecks.gridShows(b, "journal-grid", yekaterinburg);
        b.shot("journal-in-yekaterinburg-time");
    }

    /**
     * The posting dialog checks each field when it is left, before anything is submitted (the kit's form rule), and
     * the statement's period applies as it changes, with no button to press.
     */
    static void postingFieldsOnLeavingAndStatementPeriodOnChange(Browser b, Api api) throws Exception {
        String account = api.openAccount(api.createOrganization(MoneyChecks.uniqueName("ООО «Выписка"), Api.uniqueInn()), "0");
        api.topUp(account, "300.00");
        b.login("accountant");
        b.open("account/" + account);
        b.visible("account-card");
        b.attribute("statement-summary", "data-lines", "1");
        assertFalse("no button to apply the period", b.present("statement-show"));
        // a period long before the account: applied as soon as the dates change
        setDate(b, "statement-from", "2020-01-01");
        setDate(b, "statement-to", "2020-12-31");
        b.attribute("statement-summary", "data-lines", "0");
        b.visible("statement-empty");
        b.shot("statement-period-applied");

        b.click("account-topup");
        b.dialog("posting-dialog");
        b.type("posting-amount", "12,345");
        assertEquals("marked on leaving the field, before Save", "Не больше двух знаков после запятой",
                b.fieldError("posting-amount").replace('\u00a0', ' '));
        b.type("posting-reason", " ");
        assertEquals("Укажите причину", b.fieldError("posting-reason"));
        b.input("posting-amount", "12,34");
        MoneyChecks.valid(b, "posting-amount");
        b.shot("posting-fields-checked-on-leaving");
    }

    /** Sets a date picker's value as the browser does when a date is picked (ISO in the element's value). */
    private static void setDate(Browser b, String id, String iso) {
        b.visible(id);
        js(b, "const p = document.getElementById(arguments[0]); p.value = arguments[1];", id, iso);
    }
}
