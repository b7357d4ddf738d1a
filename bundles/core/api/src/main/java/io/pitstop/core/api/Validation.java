package io.pitstop.core.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every field error of one input before failing, so that a form or
 * a REST client sees all problems at once instead of one per round trip.
 */
public final class Validation {
    /** How much of a caller's input a message quotes. */
    public static final int QUOTE_LENGTH = 40;

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

    /**
     * A caller's input as a message may quote it: at most {@value #QUOTE_LENGTH} characters (a megabyte sent back
     * helps nobody and fills logs), control and invisible characters shown as {@code \\uXXXX} so that a message
     * never carries what the input rules refuse, in double quotes.
     */
    public static String quote(String input) {
        if (input == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < input.length() && shown < QUOTE_LENGTH; i++, shown++) {
            char c = input.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (input.length() > QUOTE_LENGTH) {
            out.append(" (").append(input.length()).append(" characters)");
        }
        return out.toString();
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
