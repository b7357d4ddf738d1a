package io.pitstop.core.api.time;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Working days as Russian companies count them: weekends, public holidays and
 * the days the government transfers each year (a Saturday that is worked, a
 * Monday that is not), loaded from the official calendar file an administrator
 * replaces each year. Billing days, SLAs, reminders and schedules go through it.
 */
@ProviderType
public interface BusinessCalendar {
    boolean isWorkingDay(LocalDate day);

    /** The first working day strictly after {@code day}. */
    LocalDate nextWorkingDay(LocalDate day);

    /** {@code days} working days after {@code day} (before it when negative); 0 answers {@code day} itself. */
    LocalDate addWorkingDays(LocalDate day, int days);

    /** The working days from {@code from} to {@code to}, both included. */
    List<LocalDate> workingDays(LocalDate from, LocalDate to);

    /** The company's working hours on a working day, start. */
    LocalTime workStarts();

    /** The company's working hours on a working day, end. */
    LocalTime workEnds();

    /** What the calendar says about one date and why. */
    BusinessDay describe(LocalDate day);

    /** The years the calendar file covers; any other year falls back to Saturdays and Sundays off. */
    java.util.SortedSet<Integer> years();
}
