package io.pitstop.contacts.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.contacts.api.SavedContact;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.rest.internal.PitstopJsonProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.ws.rs.core.MediaType;
import org.junit.Test;

/** The bodies as the server's own strict JSON provider reads and writes them. */
public class JsonTest {
    private final ObjectMapper json = new PitstopJsonProvider().locateMapper(Object.class, MediaType.APPLICATION_JSON_TYPE);

    @Test
    public void aSavedContactIsOneFlatObjectWithItsPossibleDuplicates() throws Exception {
        ContactId id = ContactId.random();
        ContactId other = ContactId.random();
        Contact c = new Contact(id, ContactKind.ORGANIZATION, "ПАО Сбербанк", "7707083893", null, null, null, null, null, null,
                List.of("+74955005550"), List.of(), List.of(new Address("legal", "Москва")), Set.of("vip"), null,
                ContactStatus.ACTIVE, Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:05Z"), 1);
        JsonNode body = json.readTree(json.writeValueAsString(Views.Saved.of(new SavedContact(c,
                List.of(new DuplicateHint(other, "Сбер", "phone", "+74955005550"))))));
        assertEquals(id.toString(), body.get("id").asText());
        assertEquals("ORGANIZATION", body.get("kind").asText());
        assertEquals("7707083893", body.get("inn").asText());
        assertEquals("2026-01-02T03:04:05Z", body.get("createdAt").asText());
        assertEquals(1, body.get("version").asLong());
        assertEquals(other.toString(), body.get("possibleDuplicates").get(0).get("contactId").asText());
        assertTrue(body.toString(), body.get("contact") == null);
    }

    @Test
    public void aMergedDuplicateNamesTheContactKeptInItsPlace() throws Exception {
        ContactId kept = ContactId.random();
        Contact c = new Contact(ContactId.random(), ContactKind.ORGANIZATION, "Сбербанк ПАО", null, null, null, null, null,
                null, null, List.of(), List.of(), List.of(), Set.of(), null, ContactStatus.ARCHIVED,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:05Z"), 2, List.of(), kept);
        assertEquals(kept.toString(), json.readTree(json.writeValueAsString(c)).get("mergedInto").asText());
    }

    @Test
    public void auditSnapshotsAreJsonObjects() throws Exception {
        AuditEntry entry = new AuditEntry(UUID.randomUUID(), Instant.parse("2026-01-02T03:04:05Z"), "anna", ContactId.random().ref(),
                "UPDATE", "{\"name\":\"А\"}", null);
        JsonNode body = json.readTree(json.writeValueAsString(Views.Audit.of(entry)));
        assertEquals("А", body.get("before").get("name").asText());
        assertTrue(body.get("after").isNull());
    }

    @Test
    public void requestsTakeExactlyTheirFields() throws Exception {
        Requests.NewPerson p = json.readValue("{\"lastName\":\"Иванов\",\"firstName\":\"Иван\",\"birthDate\":\"1980-05-31\","
                + "\"phones\":[\"8 912 345-67-89\"],\"addresses\":[{\"kind\":\"postal\",\"text\":\"Тверь\"}],\"tags\":[\"a\"]}",
                Requests.NewPerson.class);
        assertEquals(LocalDate.of(1980, 5, 31), p.draft().birthDate());
        assertEquals(List.of(new Address("postal", "Тверь")), p.draft().addresses());
        assertEquals(List.of(), p.draft().emails());

        for (String body : new String[] {
            "{\"name\":\"X\",\"phone\":\"+79123456789\"}",
            "{\"name\":\"X\",\"version\":3}",
            "{\"name\":\"X\",\"addresses\":[{\"kind\":\"legal\",\"text\":\"Y\",\"zip\":\"1\"}]}",
        }) {
            try {
                json.readValue(body, Requests.NewOrganization.class);
                fail("accepted " + body);
            } catch (UnrecognizedPropertyException expected) {
                // the problem mapper turns this into a 400 naming the field
            }
        }
        Requests.ChangedOrganization change = json.readValue("{\"name\":\"X\",\"version\":3}", Requests.ChangedOrganization.class);
        assertEquals(3L, Requests.version(change.version()));
        Requests.NewRelation r = json.readValue("{\"type\":\"EMPLOYEE_OF\",\"to\":\"" + UUID.randomUUID() + "\"}",
                Requests.NewRelation.class);
        assertEquals(RelationType.EMPLOYEE_OF, r.type());
    }

    @Test
    public void onlyTheNoteSpansLines() throws Exception {
        Requests.NewOrganization o = json.readValue("{\"name\":\"X\",\"note\":\"first\\nsecond\"}", Requests.NewOrganization.class);
        assertEquals("first\nsecond", o.note());
        for (String body : new String[] {
            "{\"name\":\"X\\nY\"}",
            "{\"name\":\"X\",\"addresses\":[{\"kind\":\"legal\",\"text\":\"Y\\nZ\"}]}",
            "{\"name\":true}",
        }) {
            try {
                json.readValue(body, Requests.NewOrganization.class);
                fail("accepted " + body);
            } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException expected) {
                // the problem mapper turns this into a 400 naming the field
            }
        }
    }
}
