package io.pitstop.core.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field error of one input before failing, so that a form or
 * a REST client sees all problems at once instead of one per round trip.
 */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation required(Object value, String field) {
        boolean present = value != null && !(value instanceof String && ((String) value).isBlank());
        return require(present, field, "is required");
    }

    public Validation maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    /** Runs a check that throws {@link ValidationException} and keeps its errors. */
    public Validation check(Runnable rule) {
        try {
            rule.run();
        } catch (ValidationException e) {
            errors.addAll(e.fieldErrors());
        }
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
