package io.pitstop.core.api;

/** Which dead letters to list; a null field does not narrow. */
public record DeadLetterQuery(String source, String route, DeadLetterStatus status) {
    public static DeadLetterQuery all() {
        return new DeadLetterQuery(null, null, null);
    }
}
