package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.By;

/**
 * Tasks in the browser: «Создать задачу» on a contact card for another member, who finds it in «Мой день» and
 * among their tasks. Called from {@link StaffUiIT}.
 */
final class TasksUiChecks {
    private TasksUiChecks() {
    }

    static void createFromContactCardAndSeeInMyDay(Browser b, Api api) throws Exception {
        String org = api.createOrganization("ООО «Задача из карточки " + System.nanoTime() % 100_000 + "»", Api.uniqueInn());
        String title = "Позвонить по договору " + System.nanoTime() % 100_000;
        b.login("admin");
        b.open("contact/" + org);
        b.visible("contact-card");
        b.click("contact-action-task");
        b.dialog("task-dialog");
        b.type("task-dialog-title", title);
        b.type("task-dialog-assignee", "manager");
        b.shot("dialog");
        b.click("task-dialog-save");
        b.notice("task.created");
        b.shot("created");

        JsonNode mine = api.http().get("tasks?view=mine&limit=1000", "manager").json().get("items");
        JsonNode task = null;
        for (JsonNode t : mine) {
            if (title.equals(t.get("title").asText())) {
                task = t;
            }
        }
        assertTrue("the manager's tasks hold the new one", task != null);
        assertEquals("admin", task.get("creator").asText());
        assertEquals(org, task.get("links").get(0).get("id").asText());
        long number = task.get("number").asLong();

        b.logout();
        b.login("manager");
        b.click("menu-my-day");
        b.visible("my-day");
        String row = "[data-number='" + number + "']";
        assertTrue(b.css("#my-day-today " + row).getText().contains(title));
        b.shot("my-day");
        b.open("tasks?view=mine");
        b.visible("tasks-grid");
        long until = System.currentTimeMillis() + 30_000;
        boolean listed = false;
        while (!listed && System.currentTimeMillis() < until) {
            // the grid's cells are filled after it appears
            listed = b.driver().findElements(By.cssSelector("#tasks-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> title.equals(c.getText().trim()));
            Thread.sleep(250);
        }
        assertTrue("my tasks list it", listed);
        b.shot("my-tasks");
        b.click("menu-my-day");
        b.css("#my-day-today " + row).click();
        b.visible("task-card");
        b.text("task-title", "Задача № " + number + ": " + title);
        b.attribute("task-status", "data-status", "NEW");
        b.click("task-action-IN_PROGRESS");
        b.attribute("task-status", "data-status", "IN_PROGRESS");
        b.shot("card");
    }
}
