package io.pitstop.core.api;

import java.util.List;
import java.util.Set;

/**
 * A window into a sorted list. Limit is capped at {@link #MAX_LIMIT} so that
 * no caller can ask for a whole table at once.
 */
public record PageRequest(int offset, int limit, List<SortOrder> sort) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        new Validation()
                .require(offset >= 0, "offset", "must not be negative")
                .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .throwIfInvalid();
        sort = sort == null ? List.of() : List.copyOf(sort);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, List.of());
    }

    /**
     * Parses {@code name,-created} style sort text, accepting only the given
     * properties so that a caller cannot sort by an unindexed column.
     */
    public static List<SortOrder> parseSort(String text, Set<String> allowed) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<SortOrder> orders = new java.util.ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            boolean desc = p.startsWith("-");
            String property = desc || p.startsWith("+") ? p.substring(1) : p;
            if (!allowed.contains(property)) {
                throw ValidationException.field("sort", "cannot sort by " + Validation.quote(property) + "; allowed: " + new java.util.TreeSet<>(allowed));
            }
            orders.add(new SortOrder(property, !desc));
        }
        return orders;
    }

    /** One sort key. */
    public record SortOrder(String property, boolean ascending) {
    }
}
