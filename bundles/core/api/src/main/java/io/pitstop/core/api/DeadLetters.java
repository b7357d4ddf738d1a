package io.pitstop.core.api;

/**
 * Store of unreadable or refused inbound messages (bank statements, mails,
 * CSV rows). Routes never drop input silently: what they cannot process
 * ends up here, visible to administrators.
 */
public interface DeadLetters {
    /** Keeps the input in its own transaction, so it survives the failure that caused it. */
    DeadLetter record(String source, String error, String body);

    Page<DeadLetter> list(String source, PageRequest page);
}
