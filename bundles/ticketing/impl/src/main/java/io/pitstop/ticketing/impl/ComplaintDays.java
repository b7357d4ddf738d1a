package io.pitstop.ticketing.impl;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The complaints journal's dates and day counters as seed 004's journal shows them (журнал претензий и отзывов):
 * an item must be closed by its request date plus three calendar days («Закрыть до»); «Дней» shows two numbers, the
 * days in work (from the request to the answer, or to today while there is none) and then the days left to the
 * close-by date, or, once past it, the days overdue. An annulled item shows no counters. The first landing of the
 * journal: the rule, unit-tested on the seed's rows; the journal's records, REST and page come next.
 */
final class ComplaintDays {
    /** Seed 004: every item of its journal is due three calendar days after its request. */
    static final int CLOSE_WITHIN_DAYS = 3;

    /** The counters of one item; {@code overdue} says whether the second number is days overdue rather than left. */
    record Counters(long inWork, long second, boolean overdue) {
        /** As the journal prints them: «0 3». */
        String shown() {
            return inWork + " " + second;
        }
    }

    private ComplaintDays() {
    }

    static LocalDate closeBy(LocalDate requested) {
        return requested.plusDays(CLOSE_WITHIN_DAYS);
    }

    /** The counters as of {@code today}; null for an annulled item. */
    static Counters counters(LocalDate requested, LocalDate answered, boolean annulled, LocalDate today) {
        if (annulled) {
            return null;
        }
        LocalDate end = answered != null ? answered : today;
        long inWork = Math.max(0, ChronoUnit.DAYS.between(requested, end));
        long toDue = ChronoUnit.DAYS.between(end, closeBy(requested));
        return toDue >= 0 ? new Counters(inWork, toDue, false) : new Counters(inWork, -toDue, true);
    }
}
