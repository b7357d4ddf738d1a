package io.pitstop.core.impl.jobs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.Test;

public class CronExpressionTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");

    private static ZonedDateTime next(String cron, String after, ZoneId zone) {
        return CronExpression.parse(cron).next(ZonedDateTime.of(java.time.LocalDateTime.parse(after), zone));
    }

    @Test
    public void dailyAtEightPmInTheZoneGiven() {
        assertEquals("2026-03-10T20:00+03:00[Europe/Moscow]", next("0 20 * * *", "2026-03-10T19:59:30", MOSCOW).toString());
        assertEquals("2026-03-11T20:00+03:00[Europe/Moscow]", next("0 20 * * *", "2026-03-10T20:00", MOSCOW).toString());
        ZonedDateTime yekaterinburg = next("0 20 * * *", "2026-03-10T10:00", YEKATERINBURG);
        assertEquals("2026-03-10T15:00:00Z", yekaterinburg.toInstant().toString());
    }

    @Test
    public void stepsRangesAndLists() {
        assertEquals("2026-03-10T10:15", next("*/15 * * * *", "2026-03-10T10:01", MOSCOW).toLocalDateTime().toString());
        assertEquals("2026-03-10T12:00", next("0 8-18/4 * * *", "2026-03-10T08:30", MOSCOW).toLocalDateTime().toString());
        assertEquals("2026-03-15T00:05", next("5 0 1,15 * *", "2026-03-10T08:30", MOSCOW).toLocalDateTime().toString());
        assertEquals("2027-01-01T00:00", next("0 0 1 1 *", "2026-03-10T08:30", MOSCOW).toLocalDateTime().toString());
    }

    @Test
    public void daysOfWeekWithSundayAsZeroOrSeven() {
        // 2026-03-10 is a Tuesday
        assertEquals("2026-03-13T09:00", next("0 9 * * 5", "2026-03-10T10:00", MOSCOW).toLocalDateTime().toString());
        assertEquals("2026-03-15T09:00", next("0 9 * * 0", "2026-03-10T10:00", MOSCOW).toLocalDateTime().toString());
        assertEquals("2026-03-15T09:00", next("0 9 * * 7", "2026-03-10T10:00", MOSCOW).toLocalDateTime().toString());
        assertEquals("2026-03-11T09:00", next("0 9 * * 1-5", "2026-03-10T10:00", MOSCOW).toLocalDateTime().toString());
        // both day fields restricted: either one fires (the 13th or a Monday)
        assertEquals("2026-03-13T09:00", next("0 9 13 * 1", "2026-03-10T10:00", MOSCOW).toLocalDateTime().toString());
        assertEquals("2026-03-16T09:00", next("0 9 13 * 1", "2026-03-13T10:00", MOSCOW).toLocalDateTime().toString());
    }

    @Test
    public void leapDays() {
        assertEquals("2028-02-29T00:00", next("0 0 29 2 *", "2026-03-10T10:00", MOSCOW).toLocalDateTime().toString());
    }

    @Test
    public void refusalsNameTheField() {
        refused("0 20 * *", "five fields");
        refused("60 * * * *", "minute must be from 0 to 59");
        refused("0 24 * * *", "hour must be from 0 to 23");
        refused("0 0 0 * *", "day of month must be from 1 to 31");
        refused("0 0 * 13 *", "month must be from 1 to 12");
        refused("0 0 * * 8", "day of week must be from 0 to 7");
        refused("0 0 * * MON", "day of week 'MON'");
        refused("5-1 * * * *", "runs backwards");
        refused("*/0 * * * *", "minute must be from 1");
        refused("0 0 30 2 *", "never fires");
        refused("a b c d e", "minute 'a'");
        refused(" ", "is required");
    }

    private static void refused(String cron, String message) {
        try {
            CronExpression.parse(cron);
            fail(cron + " was accepted");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains(message));
        }
    }
}
