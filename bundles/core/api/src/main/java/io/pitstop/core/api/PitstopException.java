package io.pitstop.core.api;

import java.util.List;

/**
 * A failure a caller can act on. The REST layer turns it into an RFC 9457
 * problem body with {@link #status()}, {@link #type()} and {@link #title()};
 * a Camel route sends the message to its dead-letter store.
 */
public abstract class PitstopException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected PitstopException(String message) {
        super(message);
    }

    /** HTTP status that describes the failure. */
    public abstract int status();

    /** Short, stable problem type, e.g. {@code validation}. */
    public abstract String type();

    /** Human title of the problem type. */
    public abstract String title();

    /** Offending fields, empty unless the input was invalid. */
    public List<FieldError> fieldErrors() {
        return List.of();
    }
}
