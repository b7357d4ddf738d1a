package io.pitstop.core.api;

/**
 * Sends a dead letter's body and headers through its route again. The integration bundle ({@code pitstop-camel})
 * registers it over the shared CamelContext, so the core knows nothing of Camel; without it no letter can be
 * reprocessed (409).
 */
public interface DeadLetterReprocessor {
    /**
     * Runs the letter through {@link DeadLetter#route()} once, on the calling thread, outside any transaction.
     *
     * @throws ConflictException when that route is not running (removed, stopped): nothing was sent
     * @throws RuntimeException  when the route failed again; its message is the failure's message chain
     */
    void reprocess(DeadLetter letter);
}
