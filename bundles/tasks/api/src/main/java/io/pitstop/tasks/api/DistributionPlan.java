package io.pitstop.tasks.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Who gets which item on which day, before anything is written. {@code skipped}: the people left out as absent;
 * {@code days}: the working days the plan uses, in order.
 */
public record DistributionPlan(List<Placement> placements, List<String> skipped, List<LocalDate> days) {
    public DistributionPlan {
        placements = List.copyOf(placements);
        skipped = List.copyOf(skipped);
        days = List.copyOf(days);
    }

    /** Item {@code item} (its place in the request) goes to {@code assignee} on {@code day}. */
    public record Placement(int item, String assignee, LocalDate day) {
    }
}
