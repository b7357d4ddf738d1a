package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the UI kit shows in the browser: the contact form's duplicate warning
 * (at the top, linked, an INN marked on its field), the history as field
 * changes, the empty state of a filtered list, and the kit's gallery for
 * administrators only.
 */
final class KitChecks {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private KitChecks() {
    }

    /** The element the selector finds once its text contains {@code text}. */
    static WebElement withText(Browser b, String selector, String text) {
        return new WebDriverWait(b.driver(), PATIENCE).until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(selector));
            return found.stream().filter(e -> e.getText().contains(text)).findFirst().orElse(null);
        });
    }

    /** Seven digits no other test's contact has, for a phone of the Moscow code 495. */
    static String uniqueDigits() {
        return String.format("%07d", Math.abs(java.util.UUID.randomUUID().getLeastSignificantBits()) % 10_000_000);
    }

    /** A new organisation with that phone; its id. */
    static String organization(Api api, String name, String inn, String phone) {
        Http.Answer a = api.http().post("contacts/organizations", "manager",
                "{\"name\":\"" + name + "\",\"inn\":\"" + inn + "\",\"phones\":[\"" + phone + "\"]}");
        assertEquals(a.toString(), 201, a.status());
        return Api.id(a.json());
    }

    static void duplicateWarningIsAtTheTopAndLinked(Browser b, Api api) throws Exception {
        String inn = Api.uniqueInn();
        String digits = uniqueDigits();
        String existing = organization(api, "ООО «Оригинал " + System.nanoTime() % 100_000 + "»", inn, "+7495" + digits);
        b.login("manager");
        b.click("menu-contacts");
        b.click("contacts-new-organization");
        b.dialog("contact-form");
        b.type("contact-form-name", "ООО «Двойник»");
        // the phone the existing contact has, written the way people write it
        b.type("contact-form-phones", "+7 (495) " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5));
        WebElement warning = b.visible("contact-form-duplicates");
        WebElement link = withText(b, "#contact-form-duplicates a.duplicate-hint", "Оригинал");
        assertTrue(link.getDomAttribute("href"), link.getDomAttribute("href").endsWith("contact/" + existing));
        WebElement firstField = b.visible("contact-form-name");
        assertTrue("the warning stands above the first field, in view without scrolling",
                warning.getLocation().getY() < firstField.getLocation().getY());
        assertTrue("the warning is inside the window", warning.getLocation().getY() + warning.getSize().getHeight() < 900);
        b.shot("duplicate-phone");

        b.type("contact-form-inn", inn);
        String message = b.fieldError("contact-form-inn");
        assertTrue(message, message.startsWith("Контакт с таким ИНН уже есть: ООО «Оригинал"));
        WebElement innLink = withText(b, "#contact-form-duplicate-inn a", "Оригинал");
        assertTrue(innLink.getDomAttribute("href").endsWith("contact/" + existing));
        b.shot("duplicate-inn");
    }

    static void historyShowsWhatChangedFromWhatToWhat(Browser b, Api api) throws Exception {
        String name = "ООО «История " + System.nanoTime() % 100_000 + "»";
        String before = uniqueDigits();
        String after = uniqueDigits();
        String id = organization(api, name, Api.uniqueInn(), "+7495" + before);
        b.login("manager");
        b.open("contact/" + id);
        b.text("contact-name", name);
        b.attribute("contact-status", "data-status", "ACTIVE");
        b.click("contact-edit");
        b.dialog("contact-form");
        b.type("contact-form-phones", "+7495" + after);
        b.click("contact-form-save");
        b.notice("contact.saved");
        b.click("contact-tab-history");
        WebElement change = withText(b, "#contact-history .history-change[data-field='phones']", "→");
        assertEquals("Телефоны: " + moscow(before) + " → " + moscow(after), change.getText().trim());
        WebElement meta = withText(b, "#contact-history .history-meta", "manager");
        assertTrue(meta.getText(), meta.getText().contains("изменение"));
        assertTrue("no raw snapshot on the page", !b.visible("contact-history").getText().contains("{\""));
        b.shot("history");
    }

    private static String moscow(String digits) {
        return "+7 (495) " + digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    static void aFilterThatFindsNothingSaysSoAndOffersAReset(Browser b) throws Exception {
        b.login("manager");
        b.click("menu-contacts");
        b.visible("contacts-grid");
        b.input("contacts-filter-text", "Ничегонетакого" + System.nanoTime());
        WebElement empty = b.visible("contacts-empty");
        b.attribute("contacts-empty", "data-filtered", "true");
        assertEquals("Ничего не найдено — измените условия поиска", b.visible("contacts-empty-text").getText().trim());
        b.attribute("contacts-count", "data-count", "0");
        assertTrue(empty.isDisplayed());
        b.shot("empty");
        b.click("contacts-empty-action");
        b.visible("contacts-grid");
        b.gone("contacts-empty-text");
    }

    static void galleryOpensForAdminOnly(Browser admin, Browser manager) throws Exception {
        admin.login("admin");
        admin.click("menu-kit");
        admin.visible("kit-gallery");
        admin.visible("kit-list-grid");
        admin.visible("kit-history");
        admin.attribute("kit-list-count", "data-count", "3");
        admin.text("kit-card-title", "ООО «Ромашка»");
        admin.click("kit-confirm-open");
        admin.dialog("kit-confirm");
        admin.attribute("kit-confirm-balance", "data-after", "1\u00a0500,00\u00a0₽");
        admin.shot("gallery");
        admin.click("kit-confirm-cancel");

        manager.login("manager");
        assertTrue("no menu entry for a manager", !manager.present("menu-kit"));
        manager.open("kit");
        manager.notice("access.denied");
        manager.visible("dashboard");
        assertTrue(!manager.present("kit-gallery"));
        manager.shot("refused");
    }
}
