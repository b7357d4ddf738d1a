package io.pitstop.core.rest;

import io.pitstop.core.api.Money;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.rest.internal.TextRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Query, path and header parameters of one request, read by the same rules as body text: every resource takes
 * its parameters as text and reads them here, so a wrong one is a 400 naming it and saying what is accepted (a
 * JAX-RS {@code int} or {@code boolean} parameter answers 404 for {@code limit=abc} and reads {@code maybe} as
 * false). Parameters are never free text: no control characters, line breaks included. Each reader records what is
 * wrong and returns null (or the fallback), so {@link #throwIfInvalid()} reports every bad parameter at once.
 * An absent or empty parameter means "not given".
 * <pre>
 * Params p = new Params();
 * String q = p.text(query, "q");
 * PageRequest page = p.page(offset, limit, sort, SORTABLE);
 * p.throwIfInvalid();
 * </pre>
 */
public final class Params {
    /** The longest text a parameter may carry. */
    public static final int MAX_TEXT = 500;
    /** The query parameters every list pages with (see {@link #page}). */
    public static final String OFFSET = "offset";
    public static final String LIMIT = "limit";
    private static final String SORT_KEY = "[+-]?[A-Za-z][A-Za-z0-9_]*";

    private final Validation v = new Validation();

    /** A text, or null when absent; refused with control characters, a lone surrogate, nothing visible or over {@link #MAX_TEXT}. */
    public String text(String value, String field) {
        if (absent(value)) {
            return null;
        }
        String problem = TextRules.problem(value, false);
        if (problem == null && value.length() > MAX_TEXT) {
            problem = "must be at most " + MAX_TEXT + " characters";
        }
        v.require(problem == null, field, problem);
        return problem == null ? value : null;
    }

    /** {@code true} or {@code false} exactly; the fallback when absent. */
    public boolean flag(String value, String field, boolean fallback) {
        if (absent(value)) {
            return fallback;
        }
        boolean known = "true".equals(value) || "false".equals(value);
        v.require(known, field, "must be true or false");
        return known ? Boolean.parseBoolean(value) : fallback;
    }

    /** One of the given values, exactly as written there (no spaces, same case), or null when absent. */
    public String oneOf(String value, String field, Collection<String> allowed) {
        if (absent(value)) {
            return null;
        }
        boolean known = allowed.contains(value);
        v.require(known, field, "must be one of " + String.join(", ", allowed));
        return known ? value : null;
    }

    /** An enum constant by its exact name, or null when absent. */
    public <E extends Enum<E>> E choice(String value, String field, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String name = oneOf(value, field, names);
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** An ISO 4217 code (three capital letters), or null when absent. */
    public String currency(String value, String field) {
        if (absent(value)) {
            return null;
        }
        try {
            return Money.checkCurrency(value);
        } catch (ValidationException e) {
            // the currency rule's own words, under this parameter's name
            v.require(false, field, e.fieldErrors().get(0).message());
            return null;
        }
    }

    /**
     * Sort keys such as {@code -createdAt,name} ({@code -} for descending), each one of {@code allowed}; an empty
     * list when absent.
     */
    public List<PageRequest.SortOrder> sort(String value, Collection<String> allowed) {
        if (absent(value)) {
            return List.of();
        }
        boolean wellFormed = TextRules.problem(value, false) == null && value.length() <= MAX_TEXT
                && Arrays.stream(value.split(",", -1)).allMatch(k -> k.matches(SORT_KEY));
        if (!wellFormed) {
            v.require(false, "sort", "must be field names separated by commas, each with - before it to sort "
                    + "descending; allowed: " + new TreeSet<>(allowed));
            return List.of();
        }
        List<List<PageRequest.SortOrder>> order = new ArrayList<>(List.of(List.of()));
        v.check(() -> order.set(0, PageRequest.parseSort(value, Set.copyOf(allowed))));
        return order.get(0);
    }

    /** Offset and limit of a list without sorting. */
    public PageRequest page(String offset, String limit) {
        return page(offset, limit, null, List.of());
    }

    /**
     * The window into a list: {@code offset} from 0 (the default) to {@link Integer#MAX_VALUE}, {@code limit} from
     * 1 to {@link PageRequest#MAX_LIMIT} ({@link PageRequest#DEFAULT_LIMIT} by default), sorted by {@link #sort}.
     * Null when one of them is wrong.
     */
    public PageRequest page(String offset, String limit, String sort, Collection<String> sortable) {
        Integer from = whole(offset, OFFSET, 0, Integer.MAX_VALUE, 0);
        Integer size = whole(limit, LIMIT, 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT);
        List<PageRequest.SortOrder> order = sort(sort, sortable);
        return from == null || size == null ? null : new PageRequest(from, size, order);
    }

    /** A whole number from min to max, written in digits only; the fallback when absent, null when wrong. */
    public Integer whole(String value, String field, int min, int max, int fallback) {
        if (absent(value)) {
            return fallback;
        }
        long number = value.matches("[0-9]{1,10}") ? Long.parseLong(value) : -1;
        boolean inRange = number >= min && number <= max;
        v.require(inRange, field, "must be a whole number from " + min + " to " + max);
        return inRange ? (int) number : null;
    }

    /** Whether a reader refused something. */
    public boolean hasErrors() {
        return v.hasErrors();
    }

    /** A 400 naming every parameter that was refused, if any was. */
    public void throwIfInvalid() {
        v.throwIfInvalid();
    }

    private static boolean absent(String value) {
        return value == null || value.isEmpty();
    }
}
