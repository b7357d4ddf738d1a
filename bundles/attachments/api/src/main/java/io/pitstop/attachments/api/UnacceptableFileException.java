package io.pitstop.attachments.api;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import java.util.List;

/**
 * A file refused for what it is rather than for a field's form: larger than the limit (413 {@code file-too-large})
 * or of a media type that is not allowed or does not match its content (415 {@code file-type}). Nothing is written.
 */
public class UnacceptableFileException extends PitstopException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String type;
    private final String field;

    private UnacceptableFileException(int status, String type, String field, String message) {
        super(message);
        this.status = status;
        this.type = type;
        this.field = field;
    }

    /** Over the configured limit. */
    public static UnacceptableFileException tooLarge(long maxBytes) {
        return new UnacceptableFileException(413, "file-too-large", "file", "is larger than the limit of " + maxBytes + " bytes");
    }

    /** A media type the configuration does not allow, or one the content contradicts; {@code field} names the culprit. */
    public static UnacceptableFileException type(String field, String message) {
        return new UnacceptableFileException(415, "file-type", field, message);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return status == 413 ? "File too large" : "File type not accepted";
    }

    @Override
    public List<FieldError> fieldErrors() {
        return List.of(new FieldError(field, getMessage()));
    }
}
