package io.pitstop.ticketing.impl;

import io.pitstop.core.api.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Counts SLA time the way a department chose: around the clock, or only in the company's working hours on the
 * business calendar's working days (a pre-holiday day ends an hour early). Pure, so that a night, a weekend and a
 * public holiday are each unit-tested.
 */
final class SlaClock {
    private final BusinessCalendar calendar;
    private final ZoneId zone;

    SlaClock(BusinessCalendar calendar, ZoneId zone) {
        this.calendar = calendar;
        this.zone = zone;
    }

    /** The instant {@code target} of SLA time after {@code start}. */
    Instant due(Instant start, Duration target, boolean workingHours) {
        if (!workingHours) {
            return start.plus(target);
        }
        long left = target.getSeconds();
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        // a working-day window never holds more than a day: ten years of days is a bound no target reaches
        for (int i = 0; i < 3660; i++) {
            Window w = window(day);
            if (w != null) {
                ZonedDateTime from = at.isAfter(w.start) ? at : w.start;
                if (from.isBefore(w.end)) {
                    long available = Duration.between(from, w.end).getSeconds();
                    if (left <= available) {
                        return from.plusSeconds(left).toInstant();
                    }
                    left -= available;
                }
            }
            day = day.plusDays(1);
        }
        throw new IllegalStateException("the business calendar has no working hours in ten years after " + start);
    }

    /**
     * SLA time between two instants (negative when {@code to} is before {@code from}): what a ticket has left until
     * it is due, or how far past it is.
     */
    Duration between(Instant from, Instant to, boolean workingHours) {
        if (!workingHours) {
            return Duration.between(from, to);
        }
        if (to.isBefore(from)) {
            return between(to, from, true).negated();
        }
        long seconds = 0;
        ZonedDateTime a = from.atZone(zone);
        ZonedDateTime b = to.atZone(zone);
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            Window w = window(day);
            if (w == null) {
                continue;
            }
            ZonedDateTime s = a.isAfter(w.start) ? a : w.start;
            ZonedDateTime e = b.isBefore(w.end) ? b : w.end;
            if (s.isBefore(e)) {
                seconds += Duration.between(s, e).getSeconds();
            }
        }
        return Duration.ofSeconds(seconds);
    }

    private record Window(ZonedDateTime start, ZonedDateTime end) {
    }

    private Window window(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return null;
        }
        LocalTime end = calendar.workEnds();
        if (calendar.describe(day).shortened()) {
            end = end.minusHours(1);
        }
        return new Window(day.atTime(calendar.workStarts()).atZone(zone), day.atTime(end).atZone(zone));
    }
}
