package io.pitstop.ui.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters a list view takes as its filter
 * ({@code accounts?status=SUSPENDED}, {@code ledger?from=2026-12-07}), so
 * that a dashboard counter, a search page or a bookmark opens the list
 * already filtered. A value the list cannot read is ignored: the list then
 * opens unfiltered by it rather than failing.
 *
 * @param values the parameters as Vaadin's {@code QueryParameters.getParameters()} gives them
 */
public record ListParams(Map<String, List<String>> values) {
    public ListParams {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    /** The first value of the parameter, trimmed; empty when absent or blank. */
    public Optional<String> text(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0) == null || v.get(0).isBlank() ? Optional.empty()
                : Optional.of(v.get(0).trim());
    }

    /** The enum constant named by the parameter, in any letter case. */
    public <E extends Enum<E>> Optional<E> constant(String name, Class<E> type) {
        return text(name).flatMap(v -> {
            try {
                return Optional.of(Enum.valueOf(type, v.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** True only for {@code true} (any case); anything else is false. */
    public boolean flag(String name) {
        return text(name).map("true"::equalsIgnoreCase).orElse(false);
    }

    /** An ISO date ({@code 2026-12-07}). */
    public Optional<LocalDate> date(String name) {
        return text(name).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    /** {@code route?name=value} with the value URL-encoded; for links to a filtered list. */
    public static String link(String route, String name, Object value) {
        return route + "?" + name + "=" + java.net.URLEncoder.encode(String.valueOf(value), java.nio.charset.StandardCharsets.UTF_8);
    }
}
