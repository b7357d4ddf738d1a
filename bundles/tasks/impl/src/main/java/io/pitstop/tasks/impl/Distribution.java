package io.pitstop.tasks.impl;

import io.pitstop.core.api.Validation;
import io.pitstop.tasks.api.DistributionPlan;
import io.pitstop.tasks.api.DistributionRequest;
import io.pitstop.tasks.api.TaskService;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The distribution of work as a pure function of the request, today and who is absent, so that the plan shown
 * and the tasks created are the same and the rules are tested without a server.
 */
final class Distribution {
    static final int MAX_DAYS = 366;
    static final int MAX_CAP = 1000;
    static final int MAX_PEOPLE = 200;

    private Distribution() {
    }

    /** The plan, or every field error of the request at once. */
    static DistributionPlan plan(DistributionRequest r, LocalDate today, Predicate<String> absent) {
        Validation v = new Validation();
        v.require(!r.items().isEmpty(), "items", "must hold at least one task");
        v.require(r.items().size() <= TaskService.MAX_DISTRIBUTION, "items", "must hold at most " + TaskService.MAX_DISTRIBUTION + " tasks");
        for (int i = 0; i < r.items().size() && i < TaskService.MAX_DISTRIBUTION; i++) {
            DistributionRequest.Item item = r.items().get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                v.require(false, at, "is required");
                continue;
            }
            v.required(item.title(), at + ".title").maxLength(item.title(), TaskService.TITLE_LENGTH, at + ".title")
                    .maxLength(item.description(), TaskService.DESCRIPTION_LENGTH, at + ".description")
                    .require(item.links().size() <= TaskService.MAX_LINKS, at + ".links",
                            "must hold at most " + TaskService.MAX_LINKS + " records");
        }
        v.require(!r.people().isEmpty(), "people", "must name at least one member of staff");
        v.require(r.people().size() <= MAX_PEOPLE, "people", "must hold at most " + MAX_PEOPLE + " people");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.people().size(); i++) {
            String p = r.people().get(i);
            v.require(p != null && !p.isBlank() && seen.add(p), "people[" + i + "]", "must be a login given once");
        }
        v.required(r.firstDay(), "firstDay");
        v.require(r.firstDay() == null || !r.firstDay().isBefore(today), "firstDay", "must not be before today");
        v.require(r.days() >= 1 && r.days() <= MAX_DAYS, "days", "must be a whole number from 1 to " + MAX_DAYS);
        v.require(r.dailyCap() >= 1 && r.dailyCap() <= MAX_CAP, "dailyCap", "must be a whole number from 1 to " + MAX_CAP);
        v.throwIfInvalid();

        List<String> present = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (String p : r.people()) {
            (r.skipAbsent() && absent.test(p) ? skipped : present).add(p);
        }
        v.require(!present.isEmpty(), "people", "everyone named is absent");
        v.throwIfInvalid();

        List<DistributionPlan.Placement> placements = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        LocalDate day = r.firstDay();
        int next = 0;
        while (next < r.items().size() && days.size() < r.days()) {
            if (r.skipWeekends() && weekend(day)) {
                day = day.plusDays(1);
                continue;
            }
            days.add(day);
            // round the people so that a short last day is shared, not given to the first alone
            int count = Math.min(r.items().size() - next, present.size() * r.dailyCap());
            for (int k = 0; k < count; k++) {
                placements.add(new DistributionPlan.Placement(next++, present.get(k % present.size()), day));
            }
            day = day.plusDays(1);
        }
        if (next < r.items().size()) {
            long capacity = (long) r.days() * present.size() * r.dailyCap();
            v.require(false, "days", r.items().size() + " tasks need more days: " + capacity + " fit in " + r.days()
                    + " days of " + present.size() + " people at " + r.dailyCap() + " a day");
            v.throwIfInvalid();
        }
        return new DistributionPlan(placements, skipped, days);
    }

    private static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
