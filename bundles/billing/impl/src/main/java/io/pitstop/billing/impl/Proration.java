package io.pitstop.billing.impl;

import io.pitstop.billing.api.BillingCycle;
import io.pitstop.core.api.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Proration (seed 002), two rules for two situations:
 * <ul>
 * <li>{@link #byDays}: a quantity or option change inside a running cycle is charged or credited as the difference of
 * the cycle price times days left (the effective day to the cycle's last day, both included) over the cycle's days:
 * the seed's upgrade on 04.03.2019 in the half-year cycle 01.02–31.07.2019 is 150 of 181 days.</li>
 * <li>{@link #byMonths}: an add-on ordered for the rest of a cycle is invoiced as whole months plus the part month it
 * starts in, counted on a 30-day month (days left = 30 − day of month): the seed's invoice 72557, a 5 GB pack at
 * 360.00 a half-year from 08.02.2019 to 31.07.2019, is 5 months + 22/30 of a month of 60.00 = 344.00.</li>
 * </ul>
 */
final class Proration {
    private Proration() {
    }

    /** The cycle of a subscription started on {@code start} that contains {@code day}: [first, last]. */
    static LocalDate[] cycleOf(LocalDate start, BillingCycle cycle, LocalDate day) {
        if (!cycle.recurring()) {
            throw ValidationException.field("effective", "a " + cycle + " subscription has no cycle to prorate");
        }
        if (day.isBefore(start)) {
            throw ValidationException.field("effective", "is before the subscription starts (" + start + ")");
        }
        long k = 0;
        while (!start.plusMonths((k + 1) * cycle.months()).isAfter(day)) {
            k++;
        }
        return new LocalDate[] {start.plusMonths(k * cycle.months()), start.plusMonths((k + 1) * cycle.months()).minusDays(1)};
    }

    /** Price difference for the rest of the cycle: {@code delta × daysLeft / cycleDays}, rounded HALF_UP to kopecks. */
    static BigDecimal byDays(BigDecimal cyclePriceDelta, int daysLeft, int cycleDays) {
        return cyclePriceDelta.multiply(BigDecimal.valueOf(daysLeft)).divide(BigDecimal.valueOf(cycleDays), 2, RoundingMode.HALF_UP);
    }

    /** Whole months plus the part month from {@code from} (30-day month) up to the cycle end {@code to}, at the cycle price's monthly share. */
    static BigDecimal byMonths(BigDecimal cyclePrice, BillingCycle cycle, LocalDate from, LocalDate to) {
        BigDecimal monthly = cyclePrice.divide(BigDecimal.valueOf(cycle.months()), 10, RoundingMode.HALF_UP);
        LocalDate firstWhole = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        long whole = ChronoUnit.MONTHS.between(firstWhole, to.plusDays(1));
        BigDecimal part = from.getDayOfMonth() == 1 ? BigDecimal.ZERO
                : BigDecimal.valueOf(Math.max(0, 30 - from.getDayOfMonth())).divide(BigDecimal.valueOf(30), 10, RoundingMode.HALF_UP);
        return monthly.multiply(BigDecimal.valueOf(whole).add(part)).setScale(2, RoundingMode.HALF_UP);
    }
}
