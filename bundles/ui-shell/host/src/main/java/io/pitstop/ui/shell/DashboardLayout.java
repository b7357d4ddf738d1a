package io.pitstop.ui.shell;

import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.DashboardArea;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which dashboard areas a role sees, in which order: an accountant starts
 * with money, a manager with contacts and tasks, support with contacts and
 * no money, an admin sees everything. A user with several roles gets the
 * areas of the first of them in this table's order, then what the others add.
 * An area the table does not know (a plugin's own) comes last, for everyone.
 */
public final class DashboardLayout {
    static final List<String> KNOWN = List.of(DashboardArea.MONEY, DashboardArea.CONTACTS, DashboardArea.TASKS,
            DashboardArea.ACTIVITY, DashboardArea.OTHER);

    /** The rule table, strongest role first. */
    static final Map<String, List<String>> AREAS = rules();

    /** Roles the table does not name (a plugin's own role) see the day's work. */
    static final List<String> DEFAULT = List.of(DashboardArea.TASKS, DashboardArea.ACTIVITY, DashboardArea.OTHER);

    private DashboardLayout() {
    }

    private static Map<String, List<String>> rules() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(Actor.ADMIN, List.of(DashboardArea.CONTACTS, DashboardArea.TASKS, DashboardArea.MONEY,
                DashboardArea.ACTIVITY, DashboardArea.OTHER));
        m.put(Actor.ACCOUNTANT, List.of(DashboardArea.MONEY, DashboardArea.TASKS, DashboardArea.CONTACTS,
                DashboardArea.ACTIVITY, DashboardArea.OTHER));
        m.put(Actor.MANAGER, List.of(DashboardArea.CONTACTS, DashboardArea.TASKS, DashboardArea.ACTIVITY,
                DashboardArea.MONEY, DashboardArea.OTHER));
        m.put(Actor.SUPPORT, List.of(DashboardArea.CONTACTS, DashboardArea.TASKS, DashboardArea.ACTIVITY,
                DashboardArea.OTHER));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The known areas the actor sees, in order. */
    public static List<String> areas(Actor actor) {
        Set<String> result = new LinkedHashSet<>();
        if (actor != null) {
            AREAS.forEach((role, areas) -> {
                if (actor.roles().contains(role)) {
                    result.addAll(areas);
                }
            });
        }
        if (result.isEmpty()) {
            result.addAll(DEFAULT);
        }
        return List.copyOf(result);
    }

    /**
     * The items the actor sees, by area in the actor's order; within an area
     * the given order stays.
     */
    public static <T> List<T> arrange(List<T> items, Function<T, String> areaOf, Actor actor) {
        List<String> areas = areas(actor);
        List<T> shown = new ArrayList<>();
        for (T item : items) {
            String area = areaOf.apply(item);
            if (!KNOWN.contains(area) || areas.contains(area)) {
                shown.add(item);
            }
        }
        shown.sort(Comparator.comparingInt(item -> {
            int i = areas.indexOf(areaOf.apply(item));
            return i < 0 ? areas.size() : i;
        }));
        return shown;
    }
}
