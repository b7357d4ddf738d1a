package io.pitstop.tasks.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.DistributionRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class DistributionResourceTest {
    private static DistributionResource.Request body(List<DistributionResource.Item> items, List<TaskResource.Link> records,
                                                     String title, List<String> people, String zone) {
        return new DistributionResource.Request(items, records, title, null, people, null, null, null, null, null, zone, null);
    }

    @Test
    public void aTemplateOverRecordsMakesOneTaskPerRecordWithTheSeedsDefaults() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        DistributionRequest r = DistributionResource.request(body(null, List.of(new TaskResource.Link("contact", a.toString()),
                new TaskResource.Link("contact", b.toString())), "Пригласить на день открытых дверей", List.of("ivan"), null));
        assertEquals(List.of(new DistributionRequest.Item("Пригласить на день открытых дверей", null, List.of(new RecordRef("contact", a))),
                new DistributionRequest.Item("Пригласить на день открытых дверей", null, List.of(new RecordRef("contact", b)))), r.items());
        assertEquals(15, r.dailyCap());
        assertEquals(30, r.days());
        assertTrue(r.skipWeekends() && r.skipAbsent());
        assertEquals(LocalDate.now(ZoneId.of("Europe/Moscow")), r.firstDay());
    }

    @Test
    public void itemsOrRecordsNotBothAndEveryBadFieldNamed() {
        assertEquals(List.of("items"), fields(body(null, null, null, List.of("ivan"), null)));
        assertEquals(List.of("items"), fields(body(List.of(), List.of(), "x", List.of("ivan"), null)));
        assertEquals(List.of("title", "records[0].id", "timeZone", "people[1]"), fields(body(null,
                List.of(new TaskResource.Link("contact", "nope")), " ", List.of("ivan", "two words"), "Mars/Olympus")));
        assertEquals(List.of("title"), fields(body(List.of(new DistributionResource.Item("Звонок", null, List.of())), null,
                "Z".repeat(200_000), List.of("ivan"), null)));
        assertEquals(List.of("title"), fields(body(null, List.of(new TaskResource.Link("contact", UUID.randomUUID().toString())),
                "Z".repeat(201), List.of("ivan"), null)));
        assertEquals(List.of("items[0].links[0].type"), fields(body(List.of(new DistributionResource.Item("Звонок", null,
                List.of(new TaskResource.Link("", UUID.randomUUID().toString())))), null, null, List.of("ivan"), null)));
    }

    private static List<String> fields(DistributionResource.Request body) {
        try {
            DistributionResource.request(body);
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        fail("accepted");
        return null;
    }
}
