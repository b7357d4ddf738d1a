package io.pitstop.ticketing.impl;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.api.time.BusinessCalendar;
import io.pitstop.core.api.time.BusinessDay;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.Test;

/**
 * The seed's 2-hour target across a night, a weekend and a public holiday, in working hours 09:00–18:00 Moscow, and
 * around the clock. The calendar holds the 2026 lines these cases touch (31 December 2025 to 11 January 2026 off, 4 November a
 * holiday, 3 November a shortened day), as etc/pitstop-calendar.csv ships them.
 */
public class SlaClockTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Duration TWO_HOURS = Duration.ofHours(2);
    private final SlaClock clock = new SlaClock(new TestCalendar(), MOSCOW);

    private static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(MOSCOW).toInstant();
    }

    @Test
    public void aroundTheClockIsPlainTime() {
        assertEquals(at("2026-03-07T01:30"), clock.due(at("2026-03-06T23:30"), TWO_HOURS, false));
        assertEquals(Duration.ofMinutes(-30), clock.between(at("2026-03-07T02:00"), at("2026-03-07T01:30"), false));
    }

    @Test
    public void withinOneWorkingDay() {
        assertEquals(at("2026-03-04T12:15"), clock.due(at("2026-03-04T10:15"), TWO_HOURS, true));
    }

    @Test
    public void acrossTheNight() {
        // Wednesday 17:00: one hour today, the other from 09:00 on Thursday
        assertEquals(at("2026-03-05T10:00"), clock.due(at("2026-03-04T17:00"), TWO_HOURS, true));
        // a mail at 23:40 waits for the morning
        assertEquals(at("2026-03-05T11:00"), clock.due(at("2026-03-04T23:40"), TWO_HOURS, true));
    }

    @Test
    public void acrossTheWeekend() {
        // Friday 17:30 → half an hour on Friday, the rest on Monday
        assertEquals(at("2026-03-16T10:30"), clock.due(at("2026-03-13T17:30"), TWO_HOURS, true));
        // sent on Saturday: Monday 11:00
        assertEquals(at("2026-03-16T11:00"), clock.due(at("2026-03-14T12:00"), TWO_HOURS, true));
    }

    @Test
    public void acrossPublicHolidays() {
        // 30 December 2025 is a working Tuesday; 31 December and 1–11 January 2026 are off (the 9th a transferred
        // day off); the clock goes on on Monday the 12th
        assertEquals(at("2026-01-12T10:00"), clock.due(at("2025-12-30T17:00"), TWO_HOURS, true));
        // 3 November 2026 is shortened (until 17:00), 4 November a holiday
        assertEquals(at("2026-11-05T10:30"), clock.due(at("2026-11-03T16:30"), TWO_HOURS, true));
    }

    @Test
    public void timeLeftCountsOnlyWorkingHours() {
        // due Monday 10:30, read Friday 18:30: the only working time left is Monday 09:00–10:30
        assertEquals(Duration.ofMinutes(90), clock.between(at("2026-03-13T18:30"), at("2026-03-16T10:30"), true));
        // past due by an hour of working time
        assertEquals(Duration.ofMinutes(-60), clock.between(at("2026-03-16T11:30"), at("2026-03-16T10:30"), true));
        // across the January holidays nothing counts
        assertEquals(Duration.ofMinutes(60), clock.between(at("2026-01-02T12:00"), at("2026-01-12T10:00"), true));
    }

    @Test
    public void longTargetSpansSeveralDays() {
        // 16 working hours from Thursday 10:00: 8 on Thursday, 8 on Friday until 17:00
        assertEquals(at("2026-03-13T17:00"), clock.due(at("2026-03-12T10:00"), Duration.ofHours(16), true));
    }

    /** The 2026 calendar lines these cases need; weekends as usual. */
    static final class TestCalendar implements BusinessCalendar {
        private final Map<LocalDate, String> lines = Map.ofEntries(
                Map.entry(LocalDate.of(2025, 12, 31), "holiday"), Map.entry(LocalDate.of(2026, 1, 9), "holiday"),
                Map.entry(LocalDate.of(2026, 1, 1), "holiday"), Map.entry(LocalDate.of(2026, 1, 2), "holiday"),
                Map.entry(LocalDate.of(2026, 1, 5), "holiday"), Map.entry(LocalDate.of(2026, 1, 6), "holiday"),
                Map.entry(LocalDate.of(2026, 1, 7), "holiday"), Map.entry(LocalDate.of(2026, 1, 8), "holiday"),
                Map.entry(LocalDate.of(2026, 11, 3), "short"), Map.entry(LocalDate.of(2026, 11, 4), "holiday"));

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return describe(day).working();
        }

        @Override
        public LocalDate nextWorkingDay(LocalDate day) {
            LocalDate d = day.plusDays(1);
            while (!isWorkingDay(d)) {
                d = d.plusDays(1);
            }
            return d;
        }

        @Override
        public LocalDate addWorkingDays(LocalDate day, int days) {
            LocalDate d = day;
            for (int i = 0; i < days; i++) {
                d = nextWorkingDay(d);
            }
            return d;
        }

        @Override
        public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
            List<LocalDate> out = new ArrayList<>();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    out.add(d);
                }
            }
            return out;
        }

        @Override
        public LocalTime workStarts() {
            return LocalTime.of(9, 0);
        }

        @Override
        public LocalTime workEnds() {
            return LocalTime.of(18, 0);
        }

        @Override
        public BusinessDay describe(LocalDate day) {
            String line = lines.get(day);
            if ("holiday".equals(line)) {
                return new BusinessDay(day, false, BusinessDay.HOLIDAY, null, false, true);
            }
            if ("short".equals(line)) {
                return new BusinessDay(day, true, BusinessDay.WORKING, null, true, true);
            }
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            return new BusinessDay(day, !weekend, weekend ? BusinessDay.WEEKEND : BusinessDay.WORKING, null, false, true);
        }

        @Override
        public SortedSet<Integer> years() {
            return new TreeSet<>(List.of(2025, 2026));
        }
    }
}
