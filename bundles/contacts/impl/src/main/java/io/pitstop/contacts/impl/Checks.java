package io.pitstop.contacts.impl;

import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Runs every check of one input and keeps all their field errors, so a form learns everything at once. */
final class Checks {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Validation validation = new Validation();

    /** The value a rule returns, or null when it failed (its errors are kept). */
    <T> T get(Supplier<T> rule) {
        List<T> box = new ArrayList<>(1);
        validation.check(() -> box.add(rule.get()));
        return box.isEmpty() ? null : box.get(0);
    }

    void error(String field, String message) {
        validation.require(false, field, message);
    }

    /** Trimmed text with inner runs of white space made single spaces; null when blank. */
    String line(String value, String field, int max, boolean required) {
        String text = value == null ? null : SPACES.matcher(value.strip()).replaceAll(" ");
        return checked(text, field, max, required);
    }

    /** Trimmed free text (line breaks kept); null when blank. */
    String text(String value, String field, int max) {
        return checked(value == null ? null : value.strip(), field, max, false);
    }

    private String checked(String text, String field, int max, boolean required) {
        if (text == null || text.isEmpty()) {
            if (required) {
                error(field, "is required");
            }
            return null;
        }
        if (text.length() > max) {
            error(field, "must be at most " + max + " characters");
            return null;
        }
        return text;
    }

    /**
     * Each element through {@code rule(value, "field[i]")}, blanks refused,
     * repeats dropped (the first writing wins).
     */
    <T, R> List<R> list(List<T> values, String field, int max, BiFunction<T, String, R> rule) {
        if (values.size() > max) {
            error(field, "must have at most " + max + " entries");
            return List.of();
        }
        Set<R> result = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            T value = values.get(i);
            String itemField = field + "[" + i + "]";
            if (value == null || value instanceof String && ((String) value).isBlank()) {
                error(itemField, "must not be empty");
                continue;
            }
            R checked = get(() -> rule.apply(value, itemField));
            if (checked != null) {
                result.add(checked);
            }
        }
        return new ArrayList<>(result);
    }

    boolean hasErrors() {
        return validation.hasErrors();
    }

    void throwIfInvalid() throws ValidationException {
        validation.throwIfInvalid();
    }
}
