package io.pitstop.core.api.time;

import java.time.LocalDate;

/**
 * What the business calendar says about one date: working or not, and why ({@code weekend}, {@code holiday},
 * {@code transferred-day-off}, {@code transferred-working-day}, {@code working}), with the calendar file's note
 * (the holiday's name, the decree's transfer) when it has one; {@code shortened} is a pre-holiday working day one
 * hour shorter. {@code fromFile} is false for a year the file does not cover (weekends only).
 */
public record BusinessDay(LocalDate date, boolean working, String reason, String note, boolean shortened, boolean fromFile) {
    public static final String WEEKEND = "weekend";
    public static final String WORKING = "working";
    public static final String HOLIDAY = "holiday";
    public static final String TRANSFERRED_DAY_OFF = "transferred-day-off";
    public static final String TRANSFERRED_WORKING_DAY = "transferred-working-day";
}
