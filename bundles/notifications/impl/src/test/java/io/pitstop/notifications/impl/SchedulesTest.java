package io.pitstop.notifications.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.ValidationException;
import io.pitstop.notifications.api.Message;
import io.pitstop.notifications.api.MessageStatus;
import io.pitstop.notifications.api.Schedule;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class SchedulesTest {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    static final Instant RAISED = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    public void twentyHoursTheDayBeforeInMoscowAndYekaterinburg() {
        Schedule s = Schedule.dayBeforeAt("datetime", LocalTime.of(20, 0), 1, null);
        // a visit at 10:00 Moscow time on 10 March: the reminder at 20:00 Moscow time on 9 March, 17:00 UTC
        assertEquals(Instant.parse("2027-03-09T17:00:00Z"),
                Schedules.due(s, RAISED, Map.of("datetime", "2027-03-10T10:00:00+03:00"), MOSCOW));
        // the same visit read in Yekaterinburg (UTC+5): 20:00 there is 15:00 UTC
        assertEquals(Instant.parse("2027-03-09T15:00:00Z"),
                Schedules.due(s, RAISED, Map.of("datetime", "2027-03-10T12:00:00+05:00"), YEKATERINBURG));
    }

    @Test
    public void theDayBeforeIsTheDayInTheZoneNotInUtc() {
        Schedule s = Schedule.dayBeforeAt("datetime", LocalTime.of(20, 0), 1, null);
        // 01:00 on 10 March in Yekaterinburg is still 9 March in UTC; the day before is the 9th local, not the 8th
        assertEquals(Instant.parse("2027-03-09T15:00:00Z"),
                Schedules.due(s, RAISED, Map.of("datetime", "2027-03-09T20:00:00Z"), YEKATERINBURG));
        // a local date-time without an offset is read in the zone
        assertEquals(Instant.parse("2027-03-09T17:00:00Z"),
                Schedules.due(s, RAISED, Map.of("datetime", "2027-03-10T10:00"), MOSCOW));
    }

    @Test
    public void offsetsBeforeAndAfterADateField() {
        Schedule before = new Schedule(Schedule.Kind.OFFSET, "datetime", -120L, null, null, null);
        assertEquals(Instant.parse("2027-03-10T05:00:00Z"),
                Schedules.due(before, RAISED, Map.of("datetime", "2027-03-10T10:00:00+03:00"), MOSCOW));
        Schedule after = new Schedule(Schedule.Kind.OFFSET, "datetime", 3 * 24 * 60L, null, null, null);
        assertEquals(Instant.parse("2027-03-13T07:00:00Z"),
                Schedules.due(after, RAISED, Map.of("datetime", "2027-03-10T10:00:00+03:00"), MOSCOW));
    }

    @Test
    public void atTheEventAndDigestAndBirthday() {
        assertEquals(RAISED, Schedules.due(Schedule.atEvent(), RAISED, Map.of(), MOSCOW));
        Schedule digest = new Schedule(Schedule.Kind.DAILY_DIGEST, null, null, LocalTime.of(9, 0), null, null);
        // raised at 12:00 Moscow time: the next 09:00 is tomorrow's
        assertEquals(Instant.parse("2027-03-02T06:00:00Z"), Schedules.due(digest, RAISED, Map.of(), MOSCOW));
        Schedule birthday = new Schedule(Schedule.Kind.BIRTHDAY, "birth_date", null, LocalTime.of(10, 0), null, null);
        assertEquals(Instant.parse("2027-04-12T07:00:00Z"),
                Schedules.due(birthday, RAISED, Map.of("birth_date", "1985-04-12"), MOSCOW));
        // a birthday already past this year is next year's
        assertEquals(Instant.parse("2028-01-05T07:00:00Z"),
                Schedules.due(birthday, RAISED, Map.of("birth_date", "1990-01-05"), MOSCOW));
        // 29 February falls on the 28th in a common year
        assertEquals(Instant.parse("2028-02-29T07:00:00Z"),
                Schedules.due(birthday, Instant.parse("2027-03-01T09:00:00Z"), Map.of("birth_date", "2000-02-29"), MOSCOW));
    }

    @Test
    public void aMissingOrUnreadableDateFieldNamesTheField() {
        Schedule s = Schedule.dayBeforeAt("datetime", LocalTime.of(20, 0), 1, null);
        for (Map<String, String> fields : java.util.List.of(Map.<String, String>of(), Map.of("datetime", "tomorrow"))) {
            try {
                Schedules.due(s, RAISED, fields, MOSCOW);
                fail("accepted " + fields);
            } catch (ValidationException e) {
                assertEquals("fields.datetime", e.fieldErrors().get(0).field());
            }
        }
    }

    @Test
    public void theValidityWindowDropsLateMessages() {
        Instant due = Instant.parse("2027-03-09T17:00:00Z");
        Message m = message(due, due.plusSeconds(3600));
        assertFalse(Dispatcher.expired(m, due));
        assertFalse(Dispatcher.expired(m, due.plusSeconds(3600)));
        assertTrue(Dispatcher.expired(m, due.plusSeconds(3601)));
        assertFalse(Dispatcher.expired(message(due, null), due.plusSeconds(86_400 * 365)));
    }

    private static Message message(Instant due, Instant expires) {
        return new Message(UUID.randomUUID(), "e", "service.visit-booked", null, UUID.randomUUID(), "sms", "address:+7",
                "+7", "ru", null, "text", MessageStatus.QUEUED, due, due, expires, null, null, null, null, null, 0);
    }
}
