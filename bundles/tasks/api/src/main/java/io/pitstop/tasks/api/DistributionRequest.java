package io.pitstop.tasks.api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Spread tasks over people and days (распределение задач, seed 004: a campaign's 2113 calls, 15 per person per
 * day). Items are placed in order, day by day from {@code firstDay}, each day round the people until every one
 * has {@code dailyCap}; {@code days} counts the working days used (weekends are skipped when asked, and never
 * counted). Absent people (presence OFF or disabled) get nothing when {@code skipAbsent}. Each task is due at the
 * end of its day in {@code timeZone}.
 */
public record DistributionRequest(List<Item> items, List<String> people, LocalDate firstDay, int days, int dailyCap,
                                  boolean skipWeekends, boolean skipAbsent, ZoneId timeZone, boolean confirmByCreator) {
    public DistributionRequest {
        items = items == null ? List.of() : List.copyOf(items);
        people = people == null ? List.of() : List.copyOf(people);
    }

    /** One task to place: title, description and the records it is about. */
    public record Item(String title, String description, List<io.pitstop.core.api.RecordRef> links) {
        public Item {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }
}
