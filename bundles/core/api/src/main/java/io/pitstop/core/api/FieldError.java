package io.pitstop.core.api;

/** One invalid input field and what is wrong with it. */
public record FieldError(String field, String message) {
}
