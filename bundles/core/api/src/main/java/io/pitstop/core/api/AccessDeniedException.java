package io.pitstop.core.api;

/** The caller is known but lacks the role for this action. Maps to HTTP 403. */
public class AccessDeniedException extends PitstopException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String type() {
        return "forbidden";
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
