package io.pitstop.core.api;

import java.util.List;

/**
 * A file sent in a form the receiving import cannot read (a PDF where a text statement is expected, a binary file
 * where CSV or an xlsx workbook is expected). Maps to HTTP 415, problem type {@code file-type}, with the message on
 * the field that carried the file ({@code file} unless told otherwise). Every upload that checks the kind of its
 * file throws this one type, so clients see one problem shape whichever plugin refused the file.
 */
public class UnsupportedMediaException extends PitstopException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public UnsupportedMediaException(String message) {
        this("file", message);
    }

    public UnsupportedMediaException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The request field that carried the refused file. */
    public String field() {
        return field;
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
        return List.of(new FieldError(field, getMessage()));
    }
}
