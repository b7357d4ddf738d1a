package io.pitstop.core.api.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The current instant as every time-dependent rule must read it (billing days,
 * reminders, schedules, validity windows, SLAs). Production follows the system
 * clock; a test server moves it through configuration PID {@code io.pitstop.clock}
 * so that "20:00 the day before" can be checked without waiting for it. Never
 * call {@code Instant.now()} in a rule.
 */
@ProviderType
public interface Clock {
    /** The configuration PID whose {@code fixed} (ISO instant) or {@code offset} (ISO duration) moves the clock. */
    String PID = "io.pitstop.clock";

    Instant now();

    /** The company's zone (PID property {@code zone}, Europe/Moscow unless configured). */
    ZoneId zone();

    default ZonedDateTime now(ZoneId zone) {
        return now().atZone(zone);
    }

    default LocalDate today(ZoneId zone) {
        return now(zone).toLocalDate();
    }

    default LocalDate today() {
        return today(zone());
    }

    /** A {@link java.time.Clock} over this one, for libraries that take one. */
    default java.time.Clock asJavaClock(ZoneId zone) {
        Clock self = this;
        return new java.time.Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public java.time.Clock withZone(ZoneId other) {
                return self.asJavaClock(other);
            }

            @Override
            public Instant instant() {
                return self.now();
            }
        };
    }
}
