package io.pitstop.core.api;

import java.util.ArrayList;
import java.util.List;

/** Input broke a rule; nothing was written. Maps to HTTP 400. */
public class ValidationException extends PitstopException {
    private static final long serialVersionUID = 1L;
    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static ValidationException field(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    private static String describe(List<FieldError> errors) {
        List<String> parts = new ArrayList<>();
        for (FieldError e : errors) {
            parts.add(e.field() + " " + e.message());
        }
        return String.join("; ", parts);
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String type() {
        return "validation";
    }

    @Override
    public String title() {
        return "Invalid input";
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
