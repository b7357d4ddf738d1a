package io.pitstop.kso.api;

import io.pitstop.core.api.UnsupportedMediaException;

/**
 * A programme file of a kind the import cannot read (not CSV text, not an xlsx workbook): 415 on {@code file}.
 * Kept so that code written against the KSO API still compiles and catches it; the problem it answers is the core
 * one.
 *
 * @deprecated throw and catch {@link UnsupportedMediaException}, which every upload shares.
 */
@Deprecated
public class UnsupportedFileException extends UnsupportedMediaException {
    private static final long serialVersionUID = 2L;

    public UnsupportedFileException(String message) {
        super(message);
    }
}
