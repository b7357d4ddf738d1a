package io.pitstop.core.impl.time;

import io.pitstop.core.api.HealthCheck;
import io.pitstop.core.api.time.BusinessCalendar;
import io.pitstop.core.api.time.BusinessDay;
import io.pitstop.core.api.time.Clock;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The business calendar over the production calendar file an administrator replaces each year
 * ({@code etc/pitstop-calendar.csv}, PID {@code io.pitstop.calendar}: {@code file}, {@code workStarts},
 * {@code workEnds}). The file is read again when it changes (looked at no more than every
 * {@link #LOOK_MILLIS} ms). A file that cannot be read keeps the calendar read before (weekends only if there was
 * none), says why in the log at ERROR and turns health DOWN: a calendar silently wrong would move billing days and
 * deadlines without anyone noticing. A year the file does not cover counts weekends only and health warns.
 */
@Component(service = {BusinessCalendar.class, HealthCheck.class}, configurationPid = FileBusinessCalendar.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class FileBusinessCalendar implements BusinessCalendar, HealthCheck {
    static final String PID = "io.pitstop.calendar";
    static final long LOOK_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(FileBusinessCalendar.class);

    @Reference
    private Clock clock;

    private volatile WorkingDays days = new WorkingDays(CalendarFile.EMPTY);
    private volatile Path path;
    private volatile LocalTime starts = LocalTime.of(9, 0);
    private volatile LocalTime ends = LocalTime.of(18, 0);
    /** Why the file could not be read last time, or null when it was. */
    private volatile String problem;
    private volatile long readModified = Long.MIN_VALUE;
    private volatile long lookedAt;

    public FileBusinessCalendar() {
    }

    /** A calendar over a file, for tests. */
    FileBusinessCalendar(Clock clock, Path file) {
        this.clock = clock;
        configure(Map.of("file", file.toString()));
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object file = properties.get("file");
        String etc = System.getProperty("karaf.etc", "etc");
        path = Path.of(file == null || file.toString().isBlank() ? etc + "/pitstop-calendar.csv" : file.toString().trim());
        starts = time(properties.get("workStarts"), LocalTime.of(9, 0), "workStarts");
        ends = time(properties.get("workEnds"), LocalTime.of(18, 0), "workEnds");
        if (!ends.isAfter(starts)) {
            throw new IllegalArgumentException(PID + ": workEnds " + ends + " must be after workStarts " + starts);
        }
        readModified = Long.MIN_VALUE;
        reload();
    }

    private static LocalTime time(Object value, LocalTime fallback, String key) {
        if (value == null || value.toString().isBlank()) {
            return fallback;
        }
        try {
            return LocalTime.parse(value.toString().trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(PID + ": " + key + " '" + value + "' is not a time like 09:00", e);
        }
    }

    /** Reads the file when it changed since the last read; keeps the previous calendar when it cannot. */
    synchronized void reload() {
        lookedAt = System.currentTimeMillis();
        Path p = path;
        try {
            long modified = Files.getLastModifiedTime(p).toMillis();
            if (modified == readModified && problem == null) {
                return;
            }
            CalendarFile read;
            try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                read = CalendarFile.read(r);
            }
            days = new WorkingDays(read);
            readModified = modified;
            if (problem != null) {
                LOG.info("The business calendar file {} is readable again", p);
            }
            problem = null;
            LOG.info("Business calendar read from {}: years {}", p, read.years());
        } catch (IOException | RuntimeException e) {
            String why = "Cannot read the business calendar file " + p + ": " + e.getMessage()
                    + (days.file().years().isEmpty() ? "; counting weekends only" : "; keeping the calendar read before");
            if (!why.equals(problem)) {
                LOG.error(why);
            }
            problem = why;
        }
    }

    private WorkingDays current() {
        if (System.currentTimeMillis() - lookedAt >= LOOK_MILLIS) {
            reload();
        }
        return days;
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return current().working(day);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate day) {
        return current().next(day);
    }

    @Override
    public LocalDate addWorkingDays(LocalDate day, int count) {
        return current().add(day, count);
    }

    @Override
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        return current().between(from, to);
    }

    @Override
    public LocalTime workStarts() {
        return starts;
    }

    @Override
    public LocalTime workEnds() {
        return ends;
    }

    @Override
    public BusinessDay describe(LocalDate day) {
        return current().describe(day);
    }

    @Override
    public SortedSet<Integer> years() {
        return current().file().years();
    }

    @Override
    public String name() {
        return "calendar";
    }

    @Override
    public Result check() {
        WorkingDays d = current();
        if (problem != null) {
            return Result.failing(problem);
        }
        int year = clock.today().getYear();
        if (!d.file().years().contains(year)) {
            return Result.warning("The business calendar file " + path + " has no lines for " + year
                    + ": counting Saturdays and Sundays off only; add the year's production calendar");
        }
        return Result.passing();
    }
}
