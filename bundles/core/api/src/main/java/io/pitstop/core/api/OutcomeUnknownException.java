package io.pitstop.core.api;

/**
 * The database did not confirm a commit (the connection broke while the commit
 * was on its way): the change may or may not be stored. A caller must not be
 * told "nothing was changed"; repeating the request with the same
 * {@code Idempotency-Key} is safe, since every money write is applied at most
 * once per key. Maps to HTTP 503 with problem type {@code outcome-unknown}.
 */
public class OutcomeUnknownException extends PitstopException {
    private static final long serialVersionUID = 1L;

    public OutcomeUnknownException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String type() {
        return "outcome-unknown";
    }

    @Override
    public String title() {
        return "Outcome unknown";
    }
}
