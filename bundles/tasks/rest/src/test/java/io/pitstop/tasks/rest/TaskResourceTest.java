package io.pitstop.tasks.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.ValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class TaskResourceTest {
    @Test
    public void linksBecomeRecordRefsInOrder() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertEquals(List.of(new RecordRef("contact", a), new RecordRef("account", b)), TaskResource.links(List.of(
                new TaskResource.Link("contact", a.toString()), new TaskResource.Link("account", b.toString()))));
        assertEquals(List.of(), TaskResource.links(null));
    }

    @Test
    public void everyBadLinkIsNamedByItsPlace() {
        try {
            TaskResource.links(Arrays.asList(new TaskResource.Link("contact", UUID.randomUUID().toString()),
                    new TaskResource.Link(null, "not-a-uuid"), null, new TaskResource.Link("account", null)));
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals(List.of("links[1].type", "links[1].id", "links[2]", "links[3].id"),
                    e.fieldErrors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void viewsNarrowTheFiltersToTheCaller() {
        io.pitstop.tasks.api.TaskQuery any = new io.pitstop.tasks.api.TaskQuery(null, null, null, 30);
        assertEquals(new io.pitstop.tasks.api.TaskQuery(null, null, null, 30, null, null, null, "ivan"),
                TaskResource.query(io.pitstop.tasks.api.TaskView.mine, "ivan", any));
        assertEquals(new io.pitstop.tasks.api.TaskQuery(null, null, null, 30, "ivan", null, null, null),
                TaskResource.query(io.pitstop.tasks.api.TaskView.created, "ivan", any));
        assertEquals(new io.pitstop.tasks.api.TaskQuery(null, null, null, 30, null, null, "ivan", null),
                TaskResource.query(io.pitstop.tasks.api.TaskView.awaitingMyConfirmation, "ivan", any));
        assertEquals(new io.pitstop.tasks.api.TaskQuery(null, null, true, 30, null, null, null, "ivan"),
                TaskResource.query(io.pitstop.tasks.api.TaskView.overdue, "ivan", any));
        assertEquals(any, TaskResource.query(null, "ivan", any));
    }
}
