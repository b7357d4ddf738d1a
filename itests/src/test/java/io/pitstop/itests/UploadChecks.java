package io.pitstop.itests;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Files on the record's timeline, through REST; called from the end of {@link CoreSuite} on Derby and PostgreSQL. */
final class UploadChecks {
    private UploadChecks() {
    }

    /**
     * Attaching and detaching a file each leave an entry of kind {@code file} on the record's timeline, written with
     * the link, by who did it, in both languages; a refused file leaves none.
     */
    static void attachAndDetachAreOnTheRecordsTimeline(Api api) throws Exception {
        Http http = api.http();
        String org = api.createOrganization("ООО «Файлы на ленте»", Api.uniqueInn());
        FilesChecks.Answer file = FilesChecks.upload("manager", "contact", org, "счёт 42.txt", "text/plain",
                "Счёт № 42".getBytes(StandardCharsets.UTF_8));
        assertEquals(file.toString(), 201, file.status());
        // written in the attaching transaction, so there at once, not after an event
        JsonNode attached = entries(http, org).get(0);
        assertEquals("file", attached.get("kind").asText());
        assertEquals("manager", attached.get("actor").asText());
        assertEquals("Прикреплён файл: счёт 42.txt", attached.get("text").asText());
        assertEquals("File attached: счёт 42.txt", attached.get("texts").get("en").asText());

        FilesChecks.Answer refused = FilesChecks.upload("manager", "contact", org, "tool.exe", null, new byte[] {'M', 'Z', 0, 0});
        assertEquals(refused.toString(), 415, refused.status());
        assertEquals("a refused file leaves no entry", 1, entries(http, org).size());

        assertEquals(204, FilesChecks.delete("attachments/" + file.json().get("id").asText(), "support").status());
        JsonNode items = entries(http, org);
        assertEquals(2, items.size());
        assertEquals("Откреплён файл: счёт 42.txt", items.get(0).get("text").asText());
        assertEquals("support", items.get(0).get("actor").asText());
        assertEquals("the files tab's filter finds both", List.of("file", "file"), TimelineChecks.kinds(http, "contact", org, "file.*", 2));
    }

    private static JsonNode entries(Http http, String org) {
        Http.Answer a = http.call("GET", "timeline?recordType=contact&recordId=" + org + "&kind=file", "manager", null,
                "Accept-Language", "ru");
        assertEquals(a.toString(), 200, a.status());
        return a.json().get("items");
    }
}
