package io.pitstop.tasks.ui;

import static org.junit.Assert.assertEquals;

import io.pitstop.ui.api.NoticeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.pitstop.tasks.api.TaskEvents;
import org.junit.Test;
import org.osgi.service.event.Event;

public class ReminderNoticesTest {
    @Test
    public void aReminderReachesTheListeningPagesOfItsPeopleOnlyUntilTheyLeave() {
        Reminders reminders = new Reminders();
        List<NoticeSource.Notice> ivan = new ArrayList<>();
        List<NoticeSource.Notice> petr = new ArrayList<>();
        Runnable ivanLeaves = reminders.listen("ivan", ivan::add);
        reminders.listen("petr", petr::add);
        Event event = new Event(TaskEvents.REMINDER, Map.of("subject.id", "t1", "number", 7L, "title", "Позвонить",
                "assignee", "ivan", "coWorkers", ""));
        reminders.handleEvent(event);
        assertEquals(1, ivan.size());
        assertEquals("task.reminder", ivan.get(0).key());
        assertEquals(0, petr.size());
        ivanLeaves.run();
        reminders.handleEvent(event);
        assertEquals(1, ivan.size());
    }
}
