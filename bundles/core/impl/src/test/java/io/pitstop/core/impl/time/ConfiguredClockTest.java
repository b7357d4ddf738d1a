package io.pitstop.core.impl.time;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.junit.Test;

public class ConfiguredClockTest {
    @Test
    public void followsTheSystemClockInMoscowWithoutConfiguration() {
        ConfiguredClock clock = new ConfiguredClock();
        clock.configure(Map.of());
        Instant before = Instant.now();
        Instant read = clock.now();
        assertTrue(!read.isBefore(before) && !read.isAfter(Instant.now()));
        assertEquals(ZoneId.of("Europe/Moscow"), clock.zone());
    }

    @Test
    public void aFixedInstantAndAnOffsetMoveIt() {
        ConfiguredClock clock = new ConfiguredClock();
        clock.configure(Map.of("fixed", "2026-03-06T16:59:00Z", "offset", "PT1H", "zone", "Asia/Yekaterinburg"));
        assertEquals(Instant.parse("2026-03-06T17:59:00Z"), clock.now());
        // 17:59 UTC is 22:59 in Yekaterinburg, still the 6th
        assertEquals(LocalDate.of(2026, 3, 6), clock.today());
        assertEquals(LocalDate.of(2026, 3, 6), clock.today(ZoneId.of("Europe/Moscow")));
        clock.configure(Map.of("fixed", "2026-03-06T16:59:00Z", "offset", "PT6H")); // 01:59 in Moscow
        assertEquals(LocalDate.of(2026, 3, 7), clock.today());
        assertEquals(clock.now(), clock.asJavaClock(ZoneId.of("UTC")).instant());
    }

    @Test
    public void anOffsetAloneShiftsTheRunningClock() {
        ConfiguredClock clock = new ConfiguredClock();
        clock.configure(Map.of("offset", "-P1D"));
        Duration behind = Duration.between(clock.now(), Instant.now());
        assertTrue(behind.compareTo(Duration.ofHours(23)) > 0 && behind.compareTo(Duration.ofHours(25)) < 0);
    }

    @Test
    public void anUnreadableSettingFailsLoudly() {
        ConfiguredClock clock = new ConfiguredClock();
        assertThrows(DateTimeParseException.class, () -> clock.configure(Map.of("fixed", "tomorrow")));
    }
}
