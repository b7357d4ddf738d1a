package io.pitstop.core.api;

import java.util.Map;
import java.util.UUID;

/**
 * Store of unreadable or refused inbound messages (bank statements, mails,
 * CSV rows). Routes never drop input silently: what they cannot process
 * ends up here, visible to administrators and integrators, who reprocess it
 * once the cause is fixed or resolve it with a comment.
 */
public interface DeadLetters {
    /** Keeps the input in its own transaction, so it survives the failure that caused it. */
    DeadLetter record(String source, String error, String body);

    /**
     * Keeps the input with the route that failed, the endpoint it consumes from and the message's headers, in a
     * transaction of its own, so that it can be sent through that route again.
     */
    DeadLetter record(String source, String route, String endpoint, String error, String body, Map<String, String> headers);

    Page<DeadLetter> list(String source, PageRequest page);

    /** Newest first. */
    Page<DeadLetter> list(DeadLetterQuery query, PageRequest page);

    /** @throws NotFoundException for an unknown id */
    DeadLetter get(UUID id);

    /**
     * Sends an open letter through its route again ({@link DeadLetterReprocessor}); on success it is
     * {@code REPROCESSED}, audited. Must not be called inside a transaction: the route's own work commits on its own.
     *
     * @throws ConflictException     when the letter is not open, is being reprocessed, has no route, or its route or the
     *                               integration is not running (409: nothing was sent)
     * @throws BusinessRuleException {@code dead-letter-failed-again} (422) when the route failed again; the letter stays
     *                               open with the new error and one more attempt
     */
    DeadLetter reprocess(Actor actor, UUID id);

    /**
     * Closes an open letter with a comment (required, at most 2,000 characters), audited with who and when.
     *
     * @throws ConflictException when the letter is not open
     */
    DeadLetter resolve(Actor actor, UUID id, String comment);
}
