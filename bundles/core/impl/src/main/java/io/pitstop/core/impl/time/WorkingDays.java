package io.pitstop.core.impl.time;

import io.pitstop.core.api.time.BusinessDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The calendar's rules over one read of the file: pure, so the 2025-2026 holidays are unit-tested as shipped. */
final class WorkingDays {
    private final CalendarFile file;

    WorkingDays(CalendarFile file) {
        this.file = file;
    }

    CalendarFile file() {
        return file;
    }

    BusinessDay describe(LocalDate day) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean covered = file.years().contains(day.getYear());
        CalendarFile.Entry e = covered ? file.entries().get(day) : null;
        if (e == null) {
            return new BusinessDay(day, !weekend, weekend ? BusinessDay.WEEKEND : BusinessDay.WORKING, null, false, covered);
        }
        String reason = switch (e.kind()) {
            case HOLIDAY -> BusinessDay.HOLIDAY;
            case DAY_OFF -> BusinessDay.TRANSFERRED_DAY_OFF;
            case WORKING -> BusinessDay.TRANSFERRED_WORKING_DAY;
            case SHORT -> weekend ? BusinessDay.TRANSFERRED_WORKING_DAY : BusinessDay.WORKING;
        };
        return new BusinessDay(day, e.kind().working, reason, e.note().isEmpty() ? null : e.note(),
                e.kind() == CalendarFile.Kind.SHORT, true);
    }

    boolean working(LocalDate day) {
        return describe(day).working();
    }

    LocalDate next(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!working(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    LocalDate add(LocalDate day, int days) {
        int step = days > 0 ? 1 : -1;
        LocalDate d = day;
        for (int left = Math.abs(days); left > 0; ) {
            d = d.plusDays(step);
            if (working(d)) {
                left--;
            }
        }
        return d;
    }

    List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (working(d)) {
                out.add(d);
            }
        }
        return out;
    }
}
