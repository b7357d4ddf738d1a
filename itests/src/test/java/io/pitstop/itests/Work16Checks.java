package io.pitstop.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.UUID;

/**
 * Groups edited and disabled through REST, the timeline read by the record type's own rule, and a merge handing
 * the duplicate's managers to the contact kept where it has nobody for their line.
 */
final class Work16Checks {
    private Work16Checks() {
    }

    /**
     * An administrator renames a group, sets its members and disables it: a disabled group takes no new task (400 on
     * {@code assignee}, nothing written), a task it holds keeps it; enabled again, it takes tasks.
     */
    static void groupsAreEditedAndDisabled(Http http) {
        String code = "g-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, http.post("staff/groups", "admin", "{\"code\":\"" + code + "\",\"name\":\"Сервис\"}").status());
        Http.Answer edited = http.call("PUT", "staff/groups/" + code, "admin",
                "{\"name\":\"Сервисный отдел\",\"members\":[\"manager\"]}");
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals("Сервисный отдел", edited.json().get("name").asText());
        assertTrue(http.get("staff/manager", "manager").json().get("groups").toString().contains(code));
        Http.Answer unknown = http.call("PUT", "staff/groups/" + code, "admin", "{\"name\":\"X\",\"members\":[\"nobody-here\"]}");
        assertEquals(unknown.toString(), 400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("members[0]"));
        assertEquals(403, http.call("PUT", "staff/groups/" + code, "manager", "{\"name\":\"X\"}").status());
        assertEquals(404, http.call("PUT", "staff/groups/no-such-group", "admin", "{\"name\":\"X\"}").status());

        String task = "{\"title\":\"Сверить акты\",\"assignee\":\"group:" + code + "\"}";
        Http.Answer held = http.post("tasks", "manager", task);
        assertEquals(held.toString(), 201, held.status());
        Http.Answer disabled = http.post("staff/groups/" + code + "/disable", "admin", "");
        assertEquals(disabled.toString(), 200, disabled.status());
        assertFalse(disabled.json().get("active").asBoolean());
        Http.Answer refused = http.post("tasks", "manager", task);
        assertEquals(refused.toString(), 400, refused.status());
        assertTrue(refused.body(), refused.body().contains("assignee"));
        assertEquals("group:" + code, http.get("tasks/" + held.json().get("id").asText(), "manager").json()
                .get("assignee").asText());
        assertEquals(200, http.post("staff/groups/" + code + "/enable", "admin", "").status());
        assertEquals(201, http.post("tasks", "manager", task).status());
    }

    /** An integrator reads a contact's timeline, as they read the contact, but not an account's. */
    static void timelineIsReadByTheRecordTypesOwnRoles(Api api) {
        Http http = api.http();
        String org = api.createOrganization("ООО «Хронология»", Api.uniqueInn());
        String account = api.openAccount(org, "0");
        Http.Answer contact = http.get("timeline?recordType=contact&recordId=" + org, "integrator");
        assertEquals(contact.toString(), 200, contact.status());
        Http.Answer refused = http.get("timeline?recordType=account&recordId=" + account, "integrator");
        assertEquals(refused.toString(), 403, refused.status());
        assertEquals(200, http.get("timeline?recordType=account&recordId=" + account, "accountant").status());
    }

    /** The kept contact takes the duplicate's managers of the lines it has nobody for, and keeps its own. */
    static void mergeHandsOverManagersOfUncoveredLines(Api api) {
        Http http = api.http();
        String kept = organization(http, "ООО «Тахограф»", "[{\"line\":\"tachographs\",\"login\":\"manager\"}]");
        String duplicate = organization(http, "Тахограф ООО",
                "[{\"line\":\"tachographs\",\"login\":\"admin\"},{\"line\":\"monitoring\",\"login\":\"admin\"}]");
        Http.Answer preview = http.get("contacts/" + kept + "/merge-preview?duplicate=" + duplicate, "manager");
        assertEquals(preview.toString(), 1, preview.json().get("moves").get("responsible").asInt());
        Http.Answer merged = http.post("contacts/" + kept + "/merge", "manager",
                "{\"duplicate\":\"" + duplicate + "\",\"reason\":\"одна фирма\"}");
        assertEquals(merged.toString(), 200, merged.status());
        String staff = http.get("contacts/" + kept, "manager").json().get("responsible").toString();
        assertTrue(staff, staff.contains("\"tachographs\"") && staff.contains("\"manager\""));
        assertTrue(staff, staff.contains("\"monitoring\"") && staff.contains("\"admin\""));
        assertFalse("the kept contact's own line stays as it was: " + staff,
                staff.matches(".*\"line\":\"tachographs\",\"login\":\"admin\".*"));
    }

    private static String organization(Http http, String name, String responsible) {
        Http.Answer a = http.post("contacts/organizations", "manager", "{\"name\":\"" + name + "\",\"inn\":\""
                + Api.uniqueInn() + "\",\"responsible\":" + responsible + "}");
        assertEquals(a.toString(), 201, a.status());
        return Api.id(a.json());
    }

    /**
     * A member disabled while their browser sits on a page is sent to the login page by the session sweep, with no
     * step of theirs (the test server sweeps every few seconds; 30 s by default).
     */
    static void disabledMembersOpenPageEnds(Browser b, Api api) throws Exception {
        Http http = api.http();
        String login = "sweep" + Long.toString(System.nanoTime() % 100_000);
        // run first after the start, the staff and UI bundles may still be coming up
        http.await("staff", "admin", 120_000);
        assertEquals(201, http.post("staff", "admin", "{\"login\":\"" + login + "\",\"password\":\"" + login
                + "\",\"fullName\":\"Сотрудник на выход\",\"roles\":[\"manager\"]}").status());
        b.login(login);
        b.visible("dashboard");
        b.shot("signed-in");
        assertEquals(200, http.post("staff/" + login + "/disable", "admin", "").status());
        b.visible("login-username");
        b.shot("sent-to-login");
    }

    /** A task's reminder shows as a notice on a page that is not a tasks page (the contacts list). */
    static void reminderShowsOnAnyPage(Browser b, Api api) throws Exception {
        b.login("manager");
        b.click("menu-contacts");
        b.visible("contacts-view");
        String remind = java.time.Instant.now().plusSeconds(2).toString();
        Http.Answer task = api.http().post("tasks", "manager", "{\"title\":\"Перезвонить клиенту\",\"assignee\":\"manager\","
                + "\"reminderAt\":\"" + remind + "\"}");
        assertEquals(task.toString(), 201, task.status());
        // reminders are fired by a poll every 15 s; the notice waits up to the browser's patience
        b.notice("task.reminder");
        b.visible("contacts-view");
        b.shot("reminder-on-contacts");
    }

    /**
     * A manager merges a duplicate from the kept contact's card: the preview counts the duplicate's task and file,
     * the duplicate's card then says where it went (a link to the kept contact), and the kept contact lists the file.
     */
    static void mergeDialogMovesTheDuplicatesWork(Browser b, Api api) throws Exception {
        Http http = api.http();
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String kept = api.createOrganization("ООО «Слияние " + suffix + "»", Api.uniqueInn());
        String duplicate = api.createOrganization("Слияние " + suffix + " ООО", Api.uniqueInn());
        Http.Answer task = http.post("tasks", "manager", "{\"title\":\"Сверить реквизиты\",\"assignee\":\"manager\","
                + "\"links\":[{\"type\":\"contact\",\"id\":\"" + duplicate + "\"}]}");
        assertEquals(task.toString(), 201, task.status());
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("merge-ui").resolve("card-" + suffix + ".pdf");
        java.nio.file.Files.writeString(file, "%PDF-1.4\n% requisites " + suffix + "\n%%EOF\n");

        b.login("manager");
        b.open("contact/" + duplicate);
        b.visible("contact-card");
        b.click("contact-tab-files");
        b.attachFile("files-upload", file);
        b.notice("files.attached");

        b.open("contact/" + kept);
        b.visible("contact-card");
        b.click("contact-action-merge");
        b.dialog("merge-dialog");
        // the search leaves the kept contact out, so the one suggestion is the duplicate
        org.openqa.selenium.WebElement search = b.input("merge-duplicate", "Слияние " + suffix);
        b.css("vaadin-combo-box-item");
        search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        b.attribute("merge-preview", "data-tasks", "1");
        b.attribute("merge-preview", "data-attachments", "1");
        b.shot("merge-preview");
        b.type("merge-reason", "одна фирма");
        b.click("merge-confirm");
        b.notice("contact.merged");
        b.shot("merged");

        b.open("contact/" + duplicate);
        b.attribute("contact-merged-into", "data-kept", kept);
        b.shot("duplicate-points-to-kept");
        b.click("contact-merged-into-link");
        b.text("contact-name", "ООО «Слияние " + suffix + "»");
        b.click("contact-tab-files");
        assertEquals(file.getFileName().toString(), b.css("a[id^='files-download-']").getText());
        b.shot("kept-has-the-file");
        String links = http.get("tasks/" + Api.id(task.json()), "manager").json().get("links").toString();
        assertTrue(links, links.contains(kept) && !links.contains(duplicate));
    }
}
