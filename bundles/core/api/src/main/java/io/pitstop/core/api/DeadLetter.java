package io.pitstop.core.api;

import java.time.Instant;
import java.util.UUID;

/** Input a route could not process, kept with the reason so that a person can fix and replay it. */
public record DeadLetter(UUID id, Instant at, String source, String error, String body) {
}
