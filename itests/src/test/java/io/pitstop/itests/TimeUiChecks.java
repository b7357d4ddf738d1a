package io.pitstop.itests;

import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The jobs page in the browser (kept apart from {@link TimeChecks}, which runs inside the container without Selenium). */
final class TimeUiChecks {
    private TimeUiChecks() {
    }

    /** The jobs page shows a run's progress moving and cancels it after a confirmation. */
    static void jobsPageShowsProgressAndCancels(Browser b, Http http) throws Exception {
        String id = TimeChecks.start(http, 400, 100);
        b.login("admin");
        b.open("jobs");
        b.visible("jobs-view");
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(30)).until(d -> {
            try {
                List<org.openqa.selenium.WebElement> bar = d.findElements(org.openqa.selenium.By.id("job-progress-" + id));
                return !bar.isEmpty() && Long.parseLong(bar.get(0).getDomAttribute("data-done")) >= 3;
            } catch (org.openqa.selenium.WebDriverException | NumberFormatException e) {
                return false; // re-rendered by the poll between finding and reading: look again
            }
        });
        b.attribute("job-status-" + id, "data-status", "RUNNING");
        b.shot("jobs-running");
        b.click("job-cancel-" + id);
        b.dialog("job-cancel-confirm");
        b.shot("jobs-cancel-confirm");
        b.click("job-cancel-confirm-ok");
        b.attribute("job-status-" + id, "data-status", "CANCELLED");
        b.shot("jobs-cancelled");
        JsonNode run = TimeChecks.await(http, id, r -> r.get("status").asText().equals("CANCELLED"), 10_000);
        assertTrue(run.get("done").asLong() < 400);
    }
}
