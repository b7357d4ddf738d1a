package io.pitstop.notifications.api;

import java.time.LocalTime;

/**
 * When a rule's message is due (время расчёта):
 * <ul>
 * <li>{@link Kind#AT_EVENT}: when the event is raised;</li>
 * <li>{@link Kind#OFFSET}: {@code offsetMinutes} after (negative: before) the date field {@code dateField};</li>
 * <li>{@link Kind#DAY_BEFORE_AT}: at local time {@code at}, {@code days} days before the date of {@code dateField}
 * (seed 004: 20:00 the day before the visit);</li>
 * <li>{@link Kind#BIRTHDAY}: at {@code at} on the next anniversary of the date field;</li>
 * <li>{@link Kind#DAILY_DIGEST}: at the next {@code at}.</li>
 * </ul>
 * Local times are read in {@code zone} when given, else in the recipient's zone (a member of staff's own), else in
 * the company's zone ({@code Clock.zone()}).
 */
public record Schedule(Kind kind, String dateField, Long offsetMinutes, LocalTime at, Integer days, String zone) {
    public enum Kind { AT_EVENT, OFFSET, DAY_BEFORE_AT, BIRTHDAY, DAILY_DIGEST }

    public static Schedule atEvent() {
        return new Schedule(Kind.AT_EVENT, null, null, null, null, null);
    }

    public static Schedule dayBeforeAt(String dateField, LocalTime at, int days, String zone) {
        return new Schedule(Kind.DAY_BEFORE_AT, dateField, null, at, days, zone);
    }
}
