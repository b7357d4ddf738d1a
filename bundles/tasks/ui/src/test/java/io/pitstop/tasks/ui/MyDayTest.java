package io.pitstop.tasks.ui;

import static org.junit.Assert.assertEquals;

import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class MyDayTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** 12:00 in Moscow. */
    private static final Instant NOON = Instant.parse("2026-12-07T09:00:00Z");

    private static Task task(long number, TaskStatus status, Instant deadline, Instant reminder) {
        return new Task(TaskId.random(), number, "Прозвон " + number, null, "olga", "ivan", deadline, false, false, status, List.of(),
                NOON, NOON, 1, List.of(), List.of(), reminder, List.of());
    }

    @Test
    public void todayOverdueAndRemindersAreReadInTheMembersZone() {
        Instant lateTonight = LocalDate.of(2026, 12, 7).atTime(23, 59).atZone(MOSCOW).toInstant();
        Instant tomorrowMoscowButTodayUtc = LocalDate.of(2026, 12, 8).atTime(1, 0).atZone(MOSCOW).toInstant();
        Task today = task(1, TaskStatus.NEW, lateTonight, null);
        Task late = task(2, TaskStatus.IN_PROGRESS, NOON.minusSeconds(60), NOON.plusSeconds(3600));
        Task tomorrow = task(3, TaskStatus.NEW, tomorrowMoscowButTodayUtc, null);
        Task closed = task(4, TaskStatus.DONE, lateTonight, NOON);
        MyDayView.Day day = MyDayView.Day.of(List.of(late, today, tomorrow, closed), NOON, MOSCOW);
        assertEquals(List.of(late), day.overdue());
        assertEquals(List.of(today), day.today());
        assertEquals(List.of(late), day.reminders());
        assertEquals(List.of(today, tomorrow), MyDayView.Day.of(List.of(today, tomorrow), NOON, ZoneId.of("UTC")).today());
    }

    @Test
    public void aDeadlineDayEndsAtItsLastMinuteInTheAssigneesZone() {
        assertEquals(Instant.parse("2026-12-07T20:59:00Z"), NewTaskDialog.endOf(LocalDate.of(2026, 12, 7), MOSCOW));
        assertEquals(null, NewTaskDialog.endOf(null, MOSCOW));
    }

    @Test
    public void aReminderGoesToTheAssigneeAndTheCoWorkers() {
        assertEquals(Set.of("ivan", "anna", "petr"), Reminders.recipients("ivan", "anna,petr", null));
        assertEquals(Set.of("ivan"), Reminders.recipients("ivan", "", null));
        assertEquals(Set.of("anna"), Reminders.recipients("group:sales", "anna", null));
    }
}
