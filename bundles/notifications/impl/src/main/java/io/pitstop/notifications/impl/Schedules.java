package io.pitstop.notifications.impl;

import io.pitstop.core.api.ValidationException;
import io.pitstop.notifications.api.Schedule;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * When a rule's message is due, from the moment the event is raised, its fields and the zone local times are read
 * in. Pure, so every kind of schedule is unit-tested, the seed's "20:00 the day before" in more than one zone
 * included.
 */
final class Schedules {
    private Schedules() {
    }

    static Instant due(Schedule schedule, Instant raisedAt, Map<String, String> fields, ZoneId zone) {
        switch (schedule.kind()) {
            case AT_EVENT:
                return raisedAt;
            case OFFSET:
                return anchor(schedule, fields, zone).plusSeconds(60 * schedule.offsetMinutes());
            case DAY_BEFORE_AT: {
                LocalDate date = anchor(schedule, fields, zone).atZone(zone).toLocalDate();
                int days = schedule.days() == null ? 1 : schedule.days();
                return date.minusDays(days).atTime(schedule.at()).atZone(zone).toInstant();
            }
            case BIRTHDAY: {
                MonthDay birthday = MonthDay.from(anchor(schedule, fields, zone).atZone(zone).toLocalDate());
                LocalDate today = raisedAt.atZone(zone).toLocalDate();
                for (int year = today.getYear(); ; year++) {
                    // 29 February falls on the 28th in other years (MonthDay.atYear does so)
                    Instant at = birthday.atYear(year).atTime(schedule.at()).atZone(zone).toInstant();
                    if (!at.isBefore(raisedAt) || year > today.getYear() + 1) {
                        return at;
                    }
                }
            }
            case DAILY_DIGEST: {
                Instant today = raisedAt.atZone(zone).toLocalDate().atTime(schedule.at()).atZone(zone).toInstant();
                return today.isBefore(raisedAt) ? raisedAt.atZone(zone).toLocalDate().plusDays(1)
                        .atTime(schedule.at()).atZone(zone).toInstant() : today;
            }
            default:
                throw new IllegalStateException("unknown schedule " + schedule.kind());
        }
    }

    /** The event's date field as an instant: a date is its start of day in the zone, a local time is in the zone. */
    static Instant anchor(Schedule schedule, Map<String, String> fields, ZoneId zone) {
        String field = schedule.dateField();
        String value = fields.get(field);
        if (value == null || value.isBlank()) {
            throw ValidationException.field("fields." + field, "is required by the rule's schedule");
        }
        return parse(value, zone, "fields." + field);
    }

    static Instant parse(String value, ZoneId zone, String field) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(zone).toInstant();
            }
            if (value.endsWith("Z")) {
                return Instant.parse(value);
            }
            if (value.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw ValidationException.field(field, "must be a date (2026-03-10) or a date and time (2026-03-10T10:00:00+03:00)");
        }
    }
}
