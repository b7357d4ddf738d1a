package io.pitstop.tasks.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.DistributionPlan;
import io.pitstop.tasks.api.DistributionRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.Test;

public class DistributionTest {
    /** A Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 9);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);
    private static final Predicate<String> NOBODY_ABSENT = login -> false;

    private static List<DistributionRequest.Item> calls(int n) {
        List<DistributionRequest.Item> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            items.add(new DistributionRequest.Item("Прозвон " + i, null, List.of()));
        }
        return items;
    }

    private static DistributionRequest request(int items, List<String> people, LocalDate first, int days, int cap, boolean weekends) {
        return new DistributionRequest(calls(items), people, first, days, cap, weekends, true, null, false);
    }

    /** Tasks per day and person: {@code day -> {person -> count}}. */
    private static Map<LocalDate, Map<String, Long>> perDay(DistributionPlan plan) {
        return plan.placements().stream().collect(Collectors.groupingBy(DistributionPlan.Placement::day, TreeMap::new,
                Collectors.groupingBy(DistributionPlan.Placement::assignee, TreeMap::new, Collectors.counting())));
    }

    @Test
    public void oneCallOverTheCapOpensAnotherDay() {
        LocalDate thursday = WEDNESDAY.plusDays(1);
        DistributionPlan two = Distribution.plan(request(31, List.of("ivan", "olga"), WEDNESDAY, 10, 15, true), WEDNESDAY, NOBODY_ABSENT);
        assertEquals(Map.of(WEDNESDAY, Map.of("ivan", 15L, "olga", 15L), thursday, Map.of("ivan", 1L)), perDay(two));
        DistributionPlan alone = Distribution.plan(request(31, List.of("ivan"), WEDNESDAY, 10, 15, true), WEDNESDAY, NOBODY_ABSENT);
        assertEquals(Map.of(WEDNESDAY, Map.of("ivan", 15L), thursday, Map.of("ivan", 15L), FRIDAY, Map.of("ivan", 1L)), perDay(alone));
        DistributionPlan sixtyOne = Distribution.plan(request(61, List.of("ivan", "olga"), WEDNESDAY, 10, 15, true), WEDNESDAY, NOBODY_ABSENT);
        assertEquals(List.of(WEDNESDAY, thursday, FRIDAY), sixtyOne.days());
        assertEquals(Map.of("ivan", 1L), perDay(sixtyOne).get(FRIDAY));
        for (int i = 0; i < 61; i++) {
            assertEquals("every item once, in order", i, sixtyOne.placements().get(i).item());
        }
    }

    @Test
    public void thirtyCallsFitOneDayExactlyAtTheCap() {
        DistributionPlan plan = Distribution.plan(request(30, List.of("ivan", "olga"), WEDNESDAY, 1, 15, true), WEDNESDAY, NOBODY_ABSENT);
        assertEquals(List.of(WEDNESDAY), plan.days());
        assertEquals(Map.of("ivan", 15L, "olga", 15L), perDay(plan).get(WEDNESDAY));
        assertEquals(List.of("days"), fields(() -> Distribution.plan(request(31, List.of("ivan", "olga"), WEDNESDAY, 1, 15, true),
                WEDNESDAY, NOBODY_ABSENT)));
    }

    @Test
    public void aWeekendIsSkippedAndNotCounted() {
        DistributionPlan plan = Distribution.plan(request(31, List.of("ivan", "olga"), FRIDAY, 2, 15, true), WEDNESDAY, NOBODY_ABSENT);
        LocalDate monday = FRIDAY.plusDays(3);
        assertEquals(List.of(FRIDAY, monday), plan.days());
        assertEquals(Map.of(FRIDAY, Map.of("ivan", 15L, "olga", 15L), monday, Map.of("ivan", 1L)), perDay(plan));
        DistributionPlan everyDay = Distribution.plan(request(31, List.of("ivan", "olga"), FRIDAY, 2, 15, false), WEDNESDAY, NOBODY_ABSENT);
        assertEquals(List.of(FRIDAY, FRIDAY.plusDays(1)), everyDay.days());
    }

    @Test
    public void absentPeopleGetNothingAndAreNamed() {
        DistributionPlan plan = Distribution.plan(request(4, List.of("ivan", "olga", "petr"), WEDNESDAY, 1, 15, true), WEDNESDAY,
                Set.of("olga")::contains);
        assertEquals(List.of("olga"), plan.skipped());
        assertEquals(Map.of("ivan", 2L, "petr", 2L), perDay(plan).get(WEDNESDAY));
        DistributionPlan notSkipped = Distribution.plan(new DistributionRequest(calls(4), List.of("ivan", "olga"), WEDNESDAY, 1, 15,
                true, false, null, false), WEDNESDAY, Set.of("olga")::contains);
        assertEquals(Map.of("ivan", 2L, "olga", 2L), perDay(notSkipped).get(WEDNESDAY));
        assertEquals(List.of("people"), fields(() -> Distribution.plan(request(4, List.of("olga"), WEDNESDAY, 1, 15, true), WEDNESDAY,
                Set.of("olga")::contains)));
    }

    @Test
    public void badRequestsNameEveryField() {
        assertEquals(List.of("items", "people", "firstDay", "days", "dailyCap"), fields(() -> Distribution.plan(
                request(0, List.of(), WEDNESDAY.minusDays(1), 0, 1001, true), WEDNESDAY, NOBODY_ABSENT)));
        assertEquals(List.of("items[0].title", "people[1]"), fields(() -> Distribution.plan(new DistributionRequest(
                List.of(new DistributionRequest.Item(" ", null, List.of())), List.of("ivan", "ivan"), WEDNESDAY, 1, 15, true, true,
                null, false), WEDNESDAY, NOBODY_ABSENT)));
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
        fail("accepted");
        return null;
    }
}
