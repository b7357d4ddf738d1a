package io.pitstop.core.impl.time;

import java.io.IOException;
import java.io.Reader;
import java.io.BufferedReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The production calendar file as read: {@code date;kind;note} lines ({@code holiday}, {@code day-off},
 * {@code working}, {@code short}), {@code #} comments. Any line it cannot read fails the whole file with its line
 * number: half a calendar is worse than the previous one.
 */
record CalendarFile(Map<LocalDate, Entry> entries, SortedSet<Integer> years) {
    enum Kind {
        HOLIDAY("holiday", false), DAY_OFF("day-off", false), WORKING("working", true), SHORT("short", true);

        final String code;
        final boolean working;

        Kind(String code, boolean working) {
            this.code = code;
            this.working = working;
        }
    }

    record Entry(Kind kind, String note) {
    }

    static final CalendarFile EMPTY = new CalendarFile(Map.of(), Collections.unmodifiableSortedSet(new TreeSet<>()));

    static CalendarFile read(Reader source) throws IOException {
        Map<LocalDate, Entry> entries = new HashMap<>();
        SortedSet<Integer> years = new TreeSet<>();
        BufferedReader in = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
            if (text.isBlank() || text.trim().startsWith("#")) {
                continue;
            }
            String[] parts = text.split(";", 3);
            if (parts.length < 2) {
                throw new IOException("line " + number + ": expected date;kind;note, found '" + text.trim() + "'");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(parts[0].trim());
            } catch (DateTimeException e) {
                throw new IOException("line " + number + ": '" + parts[0].trim() + "' is not a date like 2026-01-09");
            }
            Kind kind = kind(parts[1].trim().toLowerCase(Locale.ROOT));
            if (kind == null) {
                throw new IOException("line " + number + ": kind '" + parts[1].trim() + "' is not one of holiday, day-off, working, short");
            }
            if (entries.put(date, new Entry(kind, parts.length > 2 ? parts[2].trim() : "")) != null) {
                throw new IOException("line " + number + ": " + date + " is listed twice");
            }
            years.add(date.getYear());
        }
        return new CalendarFile(Map.copyOf(entries), Collections.unmodifiableSortedSet(years));
    }

    private static Kind kind(String code) {
        for (Kind k : Kind.values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        return null;
    }
}
