package io.pitstop.kso.api;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import java.util.List;

/** A programme file of a kind the import cannot read (not CSV text, not an xlsx workbook): 415 on {@code file}. */
public class UnsupportedFileException extends PitstopException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFileException(String message) {
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
