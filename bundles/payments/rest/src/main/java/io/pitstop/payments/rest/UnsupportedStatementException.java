package io.pitstop.payments.rest;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import java.util.List;

/** A statement sent as something that is no text (declared as a PDF, or binary content): 415 on {@code file}. */
public class UnsupportedStatementException extends PitstopException {
    private static final long serialVersionUID = 1L;

    public UnsupportedStatementException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String type() {
        return "file-type";
    }

    @Override
    public String title() {
        return "Unsupported file";
    }

    @Override
    public List<FieldError> fieldErrors() {
        return List.of(new FieldError("file", getMessage()));
    }
}
