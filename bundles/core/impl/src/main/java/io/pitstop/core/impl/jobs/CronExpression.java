package io.pitstop.core.impl.jobs;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/**
 * The five-field cron form ({@code minute hour day-of-month month day-of-week}) read in a time zone: numbers,
 * {@code *}, ranges {@code 1-5}, steps {@code *}{@code /15} and {@code 8-18/2}, lists {@code 1,15}; day of week 0-7
 * (0 and 7 are Sunday). As in Vixie cron, when both day fields are restricted a day matching either fires. Written
 * here rather than taken from Quartz (not served for Camel 3.22 here) because the form is small and every rule of
 * it is tested.
 */
final class CronExpression {
    /** How far {@link #next} looks before saying an expression never fires (30 February does not exist). */
    private static final int MAX_YEARS = 5;
    private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
    private static final int[][] RANGES = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};

    private final String text;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet daysOfMonth;
    private final BitSet months;
    private final BitSet daysOfWeek;
    private final boolean anyDayOfMonth;
    private final boolean anyDayOfWeek;

    private CronExpression(String text, BitSet[] fields, boolean anyDom, boolean anyDow) {
        this.text = text;
        minutes = fields[0];
        hours = fields[1];
        daysOfMonth = fields[2];
        months = fields[3];
        daysOfWeek = fields[4];
        if (daysOfWeek.get(7)) {
            daysOfWeek.set(0);
        }
        anyDayOfMonth = anyDom;
        anyDayOfWeek = anyDow;
    }

    /** Reads an expression; {@link IllegalArgumentException} says which field is wrong and why. */
    static CronExpression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("is required: five fields, minute hour day-of-month month day-of-week");
        }
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 5) {
            throw new IllegalArgumentException("must have five fields (minute hour day-of-month month day-of-week), found " + parts.length);
        }
        BitSet[] fields = new BitSet[5];
        for (int i = 0; i < 5; i++) {
            fields[i] = field(parts[i], i);
        }
        CronExpression cron = new CronExpression(String.join(" ", parts), fields, parts[2].equals("*"), parts[4].equals("*"));
        if (cron.next(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC"))) == null) {
            throw new IllegalArgumentException("never fires (no such day in " + MAX_YEARS + " years)");
        }
        return cron;
    }

    private static BitSet field(String part, int index) {
        int min = RANGES[index][0];
        int max = RANGES[index][1];
        BitSet bits = new BitSet(max + 1);
        for (String item : part.split(",", -1)) {
            String range = item;
            int step = 1;
            int slash = item.indexOf('/');
            if (slash >= 0) {
                range = item.substring(0, slash);
                step = number(item.substring(slash + 1), index, 1, max);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", -1);
                if (ends.length != 2) {
                    throw wrong(index, item);
                }
                from = number(ends[0], index, min, max);
                to = number(ends[1], index, min, max);
                if (from > to) {
                    throw new IllegalArgumentException(NAMES[index] + " range '" + item + "' runs backwards");
                }
            } else {
                from = number(range, index, min, max);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                bits.set(v);
            }
        }
        return bits;
    }

    private static int number(String text, int index, int min, int max) {
        if (!text.matches("\\d{1,2}")) {
            throw wrong(index, text);
        }
        int v = Integer.parseInt(text);
        if (v < min || v > max) {
            throw new IllegalArgumentException(NAMES[index] + " must be from " + min + " to " + max + ", found " + v);
        }
        return v;
    }

    private static IllegalArgumentException wrong(int index, String text) {
        return new IllegalArgumentException(NAMES[index] + " '" + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
                + "' is not a number, *, a range a-b, a step */n or a list a,b");
    }

    /** The first instant strictly after {@code after} that the expression names in {@code after}'s zone; null if none within five years. */
    ZonedDateTime next(ZonedDateTime after) {
        ZoneId zone = after.getZone();
        LocalDateTime start = after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalDate day = start.toLocalDate();
        LocalDate last = day.plusYears(MAX_YEARS);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            if (!dayMatches(day)) {
                continue;
            }
            LocalTime from = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIDNIGHT;
            for (int h = hours.nextSetBit(from.getHour()); h >= 0; h = hours.nextSetBit(h + 1)) {
                int m0 = h == from.getHour() ? from.getMinute() : 0;
                int m = minutes.nextSetBit(m0);
                if (m >= 0) {
                    ZonedDateTime at = ZonedDateTime.of(day, LocalTime.of(h, m), zone);
                    // a local time skipped by a clock change moves forward, as a wall clock would
                    if (at.isAfter(after)) {
                        return at;
                    }
                }
            }
        }
        return null;
    }

    private boolean dayMatches(LocalDate day) {
        if (!months.get(day.getMonthValue())) {
            return false;
        }
        boolean dom = daysOfMonth.get(day.getDayOfMonth());
        boolean dow = daysOfWeek.get(day.getDayOfWeek().getValue() % 7);
        if (anyDayOfMonth || anyDayOfWeek) {
            return dom && dow;
        }
        return dom || dow;
    }

    @Override
    public String toString() {
        return text;
    }
}
