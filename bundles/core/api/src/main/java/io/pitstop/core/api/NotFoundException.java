package io.pitstop.core.api;

/** The record a caller named does not exist. Maps to HTTP 404. */
public class NotFoundException extends PitstopException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String recordType, Object id) {
        super(recordType + " " + id + " does not exist");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String type() {
        return "not-found";
    }

    @Override
    public String title() {
        return "Not found";
    }
}
