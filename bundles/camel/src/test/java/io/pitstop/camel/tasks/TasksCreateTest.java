package io.pitstop.camel.tasks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.TaskDraft;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class TasksCreateTest {
    @Test
    public void aBodyBecomesADraft() {
        UUID contact = UUID.randomUUID();
        TaskDraft d = TasksCreate.draft(Map.of("title", "Позвонить", "assignee", "support", "deadline", "2030-03-01T10:00:00Z",
                "confirmByCreator", "true", "links", List.of(Map.of("type", "contact", "id", contact.toString()))));
        assertEquals(new TaskDraft("Позвонить", null, "support", Instant.parse("2030-03-01T10:00:00Z"), false, true,
                List.of(new RecordRef("contact", contact))), d);
    }

    @Test
    public void everyWrongFieldIsNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> TasksCreate.draft(Map.of("title", 5, "deadline", "yesterday",
                "confirmByCreator", "maybe", "links", List.of(Map.of("id", "x")), "colour", "red")));
        List<String> fields = e.fieldErrors().stream().map(FieldError::field).sorted().toList();
        assertEquals(List.of("colour", "confirmByCreator", "deadline", "links[0].id", "links[0].type", "title"), fields);
        assertTrue(assertThrows(ValidationException.class, () -> TasksCreate.draft("text")).getMessage(), true);
    }
}
