package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The notification views in the browser: the template editor with preview and refusals, the journal with resend. */
final class NotifyUiChecks {
    private NotifyUiChecks() {
    }

    /**
     * The editor opens on the first event type (account below critical balance, e-mail, Russian): its placeholders
     * are listed, the preview fills them with sample values, an unknown placeholder is refused on the body field,
     * and a correct template is saved and listed.
     */
    static void templateEditorWithPreview(Browser b) throws Exception {
        b.login("admin");
        b.open("notifications/templates");
        b.visible("notify-templates");
        b.css("#notify-template-fields [data-field='balance']");
        b.type("notify-template-subject", "Баланс счёта {number}");
        b.type("notify-template-body", "Баланс {balance} ниже критического {critical}. Владелец: {owner}, {vin}");
        b.click("notify-template-save");
        String error = b.fieldError("notify-template-body");
        assertTrue(error, error.contains("{vin}"));
        b.shot("unknown-placeholder");

        b.type("notify-template-body", "Баланс {balance} ниже критического {critical}. Владелец: {owner}");
        b.click("notify-template-preview");
        b.visible("notify-preview");
        b.text("notify-preview-subject", "Баланс счёта 10000042");
        b.text("notify-preview-body", "Баланс 1 200,00 ₽ ниже критического 5 000,00 ₽. Владелец: ООО «Ромашка»");
        b.shot("preview");
        b.click("notify-template-save");
        b.notice("notification.template.saved");
        new WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30)).until(d -> d
                .findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .anyMatch(cell -> cell.getText().trim().equals("account.below-critical")));
        b.shot("saved");
    }

    /** An in-app notice to the manager shows in the journal the manager reads, and is queued again by resend. */
    static void journalShowsMessagesAndResends(Browser b, Api api) throws Exception {
        Http http = api.http();
        assertEquals(200, http.post("notifications/templates", "admin", "{\"eventType\":\"task.assigned\",\"channel\":"
                + "\"inapp\",\"language\":\"ru\",\"body\":\"Вам назначена задача {number}: {title}\"}").status());
        Http.Answer rule = http.post("notifications/rules", "admin", "{\"name\":\"Уведомление менеджеру\",\"eventType\":"
                + "\"task.assigned\",\"channels\":[\"inapp\"],\"schedule\":{\"kind\":\"AT_EVENT\"},\"addresses\":[\"manager\"]}");
        assertEquals(rule.toString(), 201, rule.status());
        String event = UUID.randomUUID().toString();
        Http.Answer raised = http.post("notifications/events", "admin", "{\"id\":\"" + event + "\",\"eventType\":\"task.assigned\","
                + "\"fields\":[{\"name\":\"number\",\"value\":\"7\"},{\"name\":\"title\",\"value\":\"Позвонить клиенту\"}]}");
        assertEquals(raised.toString(), 201, raised.status());
        String id = raised.json().get(0).get("id").asText();
        long end = System.currentTimeMillis() + 30_000;
        JsonNode page;
        do {
            Thread.sleep(250);
            page = http.get("notifications/journal?eventId=" + event, "manager").json();
        } while (!page.get("items").get(0).get("status").asText().equals("SENT") && System.currentTimeMillis() < end);
        assertEquals("SENT", page.get("items").get(0).get("status").asText());

        b.login("manager");
        b.open("notifications/journal");
        b.visible("notify-journal-view");
        b.input("notify-journal-event", "task.assigned");
        b.type("notify-journal-event", "task.assigned");
        b.visible("notify-resend-" + id);
        b.shot("journal");
        b.click("notify-resend-" + id);
        b.notice("notification.resent");
        b.shot("resent");
        http.call("DELETE", "notifications/rules/" + rule.json().get("id").asText(), "admin", null);
    }
}
