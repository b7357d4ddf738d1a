package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the staff UI's shell does in a browser: the global search grouped by
 * the providers' types, its all-results page and empty states, dashboard
 * counters that open the list they count, and a plugin's search group and
 * card action coming and going with it. Called from {@link StaffUiIT}.
 */
final class ShellChecks {
    private ShellChecks() {
    }

    /** A word no other test's contact has, letters only, so the name search reads it as one word. */
    static String uniqueWord(String stem) {
        StringBuilder w = new StringBuilder(stem);
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 6; i++) {
            w.append((char) ('а' + r.nextInt(32)));
        }
        return w.toString();
    }

    /** A group of the top-bar suggestions, by its provider's type, once the list shows it. */
    static WebElement suggestionGroup(Browser b, String type) {
        return b.css(".global-search-group[data-type='" + type + "']");
    }

    /** Waits until the page shows none of the elements the selector finds. */
    static void noneOf(Browser b, String selector) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector(selector)).isEmpty());
    }

    static void searchGroupsHitsByTypeAndEnterOpensAllResults(Browser b, Api api) throws Exception {
        String word = uniqueWord("Шинторг");
        String contact = api.createOrganization("ООО «" + word + "»", Api.uniqueInn());
        api.openAccount(contact, "0");
        b.login("manager");
        WebElement box = b.input("global-search", word);
        assertTrue(suggestionGroup(b, "contact").getText().length() > 0);
        suggestionGroup(b, "account");
        b.shot("grouped-suggestions");
        box.sendKeys(Keys.ENTER);
        b.visible("search-results");
        b.attribute("search-group-contact-count", "data-count", "1");
        b.attribute("search-group-account-count", "data-count", "1");
        assertTrue(b.visible("search-group-contact").getText().contains(word));
        assertTrue("the account is found by its owner's name", b.visible("search-group-account").getText().contains(word));
        b.shot("all-results");
    }

    static void partialInnFindsTheContact(Browser b, Api api) throws Exception {
        String inn = Api.uniqueInn();
        String name = "ООО «" + uniqueWord("Инн") + "»";
        api.createOrganization(name, inn);
        b.login("support");
        b.open("search?q=" + inn.substring(0, 4));
        b.visible("search-results");
        assertTrue("four digits find the contact among those whose INN starts so",
                b.visible("search-group-contact").getText().contains(name));
        b.shot("four-digits");
        b.click("menu-dashboard");
        b.visible("dashboard");
        WebElement box = b.input("global-search", inn.substring(0, 7));
        suggestionGroup(b, "contact");
        b.shot("seven-digits");
        box.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        b.visible("contact-card");
        b.text("contact-name", name);
    }

    static void emptySearchSaysSo(Browser b) throws Exception {
        String nothing = uniqueWord("Щщзз");
        b.login("manager");
        WebElement box = b.input("global-search", nothing);
        assertEquals("Ничего не найдено", b.visible("global-search-empty").getText().trim());
        b.shot("empty-suggestions");
        box.sendKeys(Keys.ENTER);
        b.visible("search-results");
        b.text("search-empty", "Ничего не найдено");
        b.shot("empty-page");
    }

    static void dashboardCounterOpensTheFilteredList(Browser b, Api api) throws Exception {
        String owner = api.createOrganization("ООО «" + uniqueWord("Стоп") + "»", Api.uniqueInn());
        String suspended = api.openAccount(owner, "0");
        String active = api.openAccount(owner, "0");
        Http.Answer a = api.http().post("accounts/" + suspended + "/status", "accountant",
                "{\"status\":\"SUSPENDED\",\"reason\":\"test\"}");
        assertEquals(a.toString(), 200, a.status());
        String suspendedNumber = api.http().get("accounts/" + suspended, "accountant").json().get("number").asText();
        String activeNumber = api.http().get("accounts/" + active, "accountant").json().get("number").asText();

        b.login("accountant");
        b.visible("dashboard");
        WebElement value = b.visible("counter-accounts-suspended-value");
        assertTrue(Long.parseLong(value.getDomAttribute("data-count")) >= 1);
        assertEquals("an accountant sees money first", "money",
                b.css("#dashboard-counters > *:first-child").getDomAttribute("data-area"));
        b.shot("dashboard");
        b.click("counter-accounts-suspended");
        b.visible("accounts-grid");
        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(suspendedNumber));
        assertTrue(b.driver().getCurrentUrl().endsWith("accounts?status=SUSPENDED"));
        assertFalse("the list shows suspended accounts only", b.driver().getPageSource().contains(activeNumber));
        b.shot("suspended-accounts");
    }

    /** A contact created elsewhere raises the open dashboard's counter without a reload (its topics, pushed). */
    static void dashboardCounterFollowsTheEventsOfItsDomain(Browser b, Api api) throws Exception {
        b.login("manager");
        b.visible("dashboard");
        WebElement value = b.visible("counter-contacts-value");
        long before = Long.parseLong(value.getDomAttribute("data-count"));
        api.createOrganization("ООО «" + uniqueWord("Живой") + "»", Api.uniqueInn());
        b.attribute("counter-contacts-value", "data-count", Long.toString(before + 1));
        b.shot("counter-raised");
    }

    /** Installs the sample plugin from the plugins page, sees its search group and contact action, removes it, sees both go. */
    static void pluginSearchGroupAndCardActionComeAndGo(Browser b, Api api) throws Exception {
        String contact = api.createOrganization("ООО «" + uniqueWord("Пример") + "»", Api.uniqueInn());
        b.login("admin");
        b.open("contact/" + contact);
        b.visible("contact-card");
        assertFalse(b.present("contact-action-sample"));
        b.click("menu-plugins");
        b.click("plugin-pitstop-sample-install");
        b.click("plugin-confirm-ok");
        b.visible("menu-sample");

        b.input("global-search", "sample-al");
        assertTrue(suggestionGroup(b, "sample").getText().length() > 0);
        b.shot("plugin-search-group");
        b.open("contact/" + contact);
        b.visible("contact-tab-sample");
        b.click("contact-action-sample");
        b.notice("sample.action");
        b.shot("plugin-card-action");

        b.click("menu-plugins");
        b.click("plugin-pitstop-sample-uninstall");
        b.click("plugin-confirm-ok");
        b.gone("menu-sample");
        b.input("global-search", "sample-al");
        b.visible("global-search-empty");
        noneOf(b, ".global-search-group[data-type='sample']");
        b.open("contact/" + contact);
        b.visible("contact-card");
        assertFalse(b.present("contact-action-sample"));
        assertFalse(b.present("contact-tab-sample"));
        b.shot("plugin-gone");
    }
}
