package io.pitstop.core.api;

/**
 * The request clashes with what is stored (a duplicate INN, an idempotency
 * key reused with another body, a closed account). Maps to HTTP 409.
 */
public class ConflictException extends PitstopException {
    private static final long serialVersionUID = 1L;
    private final String existingId;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, String existingId) {
        super(message);
        this.existingId = existingId;
    }

    /** Id of the record that is in the way, when there is one. */
    public String existingId() {
        return existingId;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String type() {
        return "conflict";
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
