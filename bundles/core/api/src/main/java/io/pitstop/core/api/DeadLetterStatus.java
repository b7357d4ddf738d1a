package io.pitstop.core.api;

/**
 * Where a dead letter stands: {@code OPEN} until someone acts on it; {@code REPROCESSED} once its route took it
 * again without failing; {@code RESOLVED} when a person closed it with a comment (fixed by hand, not needed). The
 * last two are final.
 */
public enum DeadLetterStatus {
    OPEN, REPROCESSED, RESOLVED
}
