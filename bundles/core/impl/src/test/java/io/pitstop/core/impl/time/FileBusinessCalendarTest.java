package io.pitstop.core.impl.time;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.HealthCheck;
import io.pitstop.core.api.time.BusinessDay;
import io.pitstop.core.api.time.Clock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.Test;

/** The calendar as shipped in {@code etc/pitstop-calendar.csv}: the 2025 and 2026 production calendars. */
public class FileBusinessCalendarTest {
    private static final Path SHIPPED = Path.of("../../../karaf-assembly/src/main/resources/assembly/etc/pitstop-calendar.csv");

    private final FileBusinessCalendar calendar = new FileBusinessCalendar(clockAt("2026-03-01T09:00:00Z"), SHIPPED);

    private static Clock clockAt(String instant) {
        return new Clock() {
            @Override
            public Instant now() {
                return Instant.parse(instant);
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Europe/Moscow");
            }
        };
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    private void off(String... dates) {
        for (String date : dates) {
            assertFalse(date + " is a day off", calendar.isWorkingDay(d(date)));
        }
    }

    private void working(String... dates) {
        for (String date : dates) {
            assertTrue(date + " is a working day", calendar.isWorkingDay(d(date)));
        }
    }

    @Test
    public void holidays2025WithTheirTransfers() {
        off("2025-01-01", "2025-01-03", "2025-01-06", "2025-01-07", "2025-01-08");
        working("2025-01-09");
        // 23 February (Sunday) went to 8 May, 8 March (Saturday) to 13 June: the Mondays after them are worked
        working("2025-02-24", "2025-03-10");
        off("2025-05-01", "2025-05-02", "2025-05-08", "2025-05-09", "2025-06-12", "2025-06-13");
        // Saturday 1 November is worked, Monday 3 November is not
        working("2025-11-01");
        off("2025-11-02", "2025-11-03", "2025-11-04", "2025-12-31");
        working("2025-11-05", "2025-12-30");
        assertEquals(247, calendar.workingDays(d("2025-01-01"), d("2025-12-31")).size());
    }

    @Test
    public void holidays2026() {
        off("2026-01-01", "2026-01-02", "2026-01-05", "2026-01-08", "2026-01-09", "2026-01-11");
        working("2026-01-12");
        off("2026-02-23", "2026-03-09", "2026-05-01", "2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31");
        working("2026-02-24", "2026-03-10", "2026-05-04", "2026-05-12", "2026-11-03", "2026-12-30");
        assertEquals(247, calendar.workingDays(d("2026-01-01"), d("2026-12-31")).size());
    }

    @Test
    public void describesWhy() {
        BusinessDay monday = calendar.describe(d("2026-03-09"));
        assertFalse(monday.working());
        assertEquals(BusinessDay.TRANSFERRED_DAY_OFF, monday.reason());
        assertEquals(BusinessDay.HOLIDAY, calendar.describe(d("2026-02-23")).reason());
        BusinessDay saturday = calendar.describe(d("2025-11-01"));
        assertTrue(saturday.working());
        assertEquals(BusinessDay.TRANSFERRED_WORKING_DAY, saturday.reason());
        assertTrue(calendar.describe(d("2026-04-30")).shortened());
        assertEquals(BusinessDay.WEEKEND, calendar.describe(d("2026-03-14")).reason());
        assertEquals(BusinessDay.WORKING, calendar.describe(d("2026-03-10")).reason());
    }

    @Test
    public void nextWorkingDayAndWorkingDaysAfter() {
        assertEquals(d("2026-01-12"), calendar.nextWorkingDay(d("2025-12-30")));
        assertEquals(d("2025-11-01"), calendar.nextWorkingDay(d("2025-10-31")));
        assertEquals(d("2025-11-05"), calendar.nextWorkingDay(d("2025-11-01")));
        // over the New Year holidays: 30 Dec 2025 (Tue) + 3 = 12, 13, 14 Jan 2026
        assertEquals(d("2026-01-14"), calendar.addWorkingDays(d("2025-12-30"), 3));
        assertEquals(d("2025-12-30"), calendar.addWorkingDays(d("2026-01-12"), -1));
        assertEquals(d("2025-12-29"), calendar.addWorkingDays(d("2026-01-14"), -4));
        assertEquals(d("2026-01-03"), calendar.addWorkingDays(d("2026-01-03"), 0));
        assertEquals(d("2026-05-12"), calendar.addWorkingDays(d("2026-05-07"), 2));
    }

    @Test
    public void aYearNotInTheFileCountsWeekendsAndWarns() {
        assertTrue(calendar.isWorkingDay(d("2027-01-04")));
        assertFalse(calendar.describe(d("2027-01-04")).fromFile());
        assertTrue(calendar.check().up());
        assertNull(calendar.check().detail());
        FileBusinessCalendar later = new FileBusinessCalendar(clockAt("2027-02-01T09:00:00Z"), SHIPPED);
        HealthCheck.Result r = later.check();
        assertTrue(r.up());
        assertTrue(r.detail(), r.detail().contains("2027"));
    }

    @Test
    public void anUnreadableFileKeepsThePreviousCalendarAndFailsHealth() throws IOException {
        Path file = Files.createTempFile("calendar", ".csv");
        try {
            Files.copy(SHIPPED, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            FileBusinessCalendar c = new FileBusinessCalendar(clockAt("2026-03-01T09:00:00Z"), file);
            assertFalse(c.isWorkingDay(d("2026-03-09")));
            Files.writeString(file, "2026-03-09;day-off;ok\n2026-13-40;holiday;broken\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
            c.reload();
            HealthCheck.Result r = c.check();
            assertFalse(r.up());
            assertTrue(r.detail(), r.detail().contains("line 2"));
            // the previous calendar stands: 9 January is still off, which the broken file does not say
            assertFalse(c.isWorkingDay(d("2026-01-09")));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    public void aMissingFileAtStartCountsWeekendsAndFailsHealth() {
        FileBusinessCalendar c = new FileBusinessCalendar(clockAt("2026-03-01T09:00:00Z"), Path.of("no-such-calendar.csv"));
        assertFalse(c.check().up());
        assertTrue(c.isWorkingDay(d("2026-03-09")));
    }

    @Test
    public void workingHoursComeFromConfiguration() {
        FileBusinessCalendar c = new FileBusinessCalendar(clockAt("2026-03-01T09:00:00Z"), SHIPPED);
        c.configure(Map.of("file", SHIPPED.toString(), "workStarts", "08:30", "workEnds", "17:30"));
        assertEquals("08:30", c.workStarts().toString());
        assertEquals("17:30", c.workEnds().toString());
    }
}
