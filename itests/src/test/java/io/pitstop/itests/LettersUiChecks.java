package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dead letters page in a browser: a letter a real route left (the CSV import example of config/camel with a row
 * whose INN is wrong) is counted on an administrator's dashboard, listed, read (body and error) and resolved with a
 * comment. Called from {@link StaffUiIT}, which owns the server.
 */
final class LettersUiChecks {
    private static final String ROUTE = "contacts-csv-row";

    private LettersUiChecks() {
    }

    /**
     * The import example and a CSV with one refused row, in a server that runs Camel (StaffUiIT boots
     * {@code pitstop-camel}); returns the letter once the store has it.
     */
    static JsonNode letterFromTheImportExample(Distribution server, Api api, String name) throws Exception {
        Path home = server.home();
        Files.writeString(home.resolve("etc/io.pitstop.camel.cfg"), "user = manager\npassword = manager\n");
        Path deploy = Files.createDirectories(home.resolve("deploy"));
        String routes = Files.readString(Path.of(System.getProperty("pitstop.config.dir", "../config"), "camel",
                "pitstop-contacts-import.xml"), StandardCharsets.UTF_8);
        Path inbox = Files.createDirectories(home.resolve("data/import/contacts"));
        Files.writeString(inbox.resolve("letters.csv"), "name;inn;kpp;phone;email\n" + name + ";1234567890;;;\n", StandardCharsets.UTF_8);
        long end = System.currentTimeMillis() + 240_000;
        while (System.currentTimeMillis() < end) {
            // written again until the routes run: the file installer only hands it over once Camel is there
            Files.writeString(deploy.resolve("pitstop-contacts-import.xml"), routes.replace("<!--", "<!-- " + System.nanoTime() + " "),
                    StandardCharsets.UTF_8);
            long wait = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < wait) {
                Http.Answer list = api.http().get("dead-letters?route=" + ROUTE + "&status=OPEN", "admin");
                if (list.status() == 200) {
                    for (JsonNode item : list.json().get("items")) {
                        if (item.get("body").asText().contains(name)) {
                            return item;
                        }
                    }
                }
                Thread.sleep(500);
            }
        }
        throw new AssertionError("no dead letter from the import example within four minutes");
    }

    static void openLetterIsCountedReadAndResolved(Browser b, Distribution server, Api api) throws Exception {
        String name = "ООО «Плохой ИНН " + System.nanoTime() % 100_000 + "»";
        JsonNode letter = letterFromTheImportExample(server, api, name);
        String id = letter.get("id").asText();

        b.login("admin");
        b.visible("dashboard");
        WebElement counter = b.visible("counter-dead-letters-open-value");
        assertTrue("the open letter is counted", Long.parseLong(counter.getDomAttribute("data-count")) >= 1);
        b.shot("dashboard");
        b.click("counter-dead-letters-open");
        b.visible("dead-letters-view");
        assertTrue(b.driver().getCurrentUrl(), b.driver().getCurrentUrl().endsWith("dead-letters?status=OPEN"));
        List<String> problems = new ArrayList<>(QualityGate.check(b, "admin", "dead-letters"));
        b.shot("list");

        new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> {
            for (WebElement cell : d.findElements(By.cssSelector("vaadin-grid-cell-content"))) {
                if (cell.getText().trim().equals(ROUTE)) {
                    cell.click();
                    return true;
                }
            }
            return false;
        });
        b.dialog("dead-letter-dialog");
        assertTrue("the body shows the refused row", b.visible("dead-letter-body").getText().contains(name));
        assertTrue("the error names the field", b.visible("dead-letter-error").getText().contains("inn"));
        problems.addAll(QualityGate.check(b, "admin", "dead-letter-dialog"));
        b.shot("detail");
        assertEquals("quality gate over the dead letters page", List.of(), problems);

        b.click("dead-letter-resolve");
        b.fieldError("dead-letter-comment");
        assertEquals("a resolve without a comment changes nothing", "OPEN",
                api.http().get("dead-letters/" + id, "admin").json().get("status").asText());
        // below a long body and headers the comment is out of sight, as it is for a user who scrolls down to it
        ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('dead-letter-comment').scrollIntoView()");
        b.type("dead-letter-comment", "Клиент пришлёт верный ИНН, карточка заведена вручную");
        b.click("dead-letter-resolve");
        b.notice("dead-letter.resolved");
        b.gone("dead-letter-dialog");
        b.shot("resolved");
        JsonNode resolved = api.http().get("dead-letters/" + id, "admin").json();
        assertEquals("RESOLVED", resolved.get("status").asText());
        assertEquals("admin", resolved.get("handledBy").asText());
        assertTrue(resolved.get("comment").asText().contains("карточка заведена вручную"));
    }
}
