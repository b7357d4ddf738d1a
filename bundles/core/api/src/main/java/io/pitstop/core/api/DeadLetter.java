package io.pitstop.core.api;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Input a route could not process, kept with the reason so that a person can fix and replay it.
 *
 * @param source    what the route called itself ({@code pitstop:dead-letter?source=...})
 * @param error     the failure's message chain, outermost first, one cause a line
 * @param body      the message body as text
 * @param route     id of the Camel route that failed, which reprocessing sends the message through again
 *                  (null for letters kept before routes were recorded)
 * @param endpoint  the URI the route consumes from
 * @param headers   the message headers that were plain values, credentials left out
 * @param attempts  how many times it was reprocessed
 * @param handledBy who reprocessed or resolved it, {@code handledAt} when, {@code comment} why (resolved only)
 */
public record DeadLetter(UUID id, Instant at, String source, String error, String body, String route, String endpoint,
                         Map<String, String> headers, DeadLetterStatus status, int attempts, String handledBy, Instant handledAt,
                         String comment) {
    public DeadLetter {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        status = status == null ? DeadLetterStatus.OPEN : status;
    }

    /** An open letter without a route, as kept before reprocessing existed. */
    public DeadLetter(UUID id, Instant at, String source, String error, String body) {
        this(id, at, source, error, body, null, null, Map.of(), DeadLetterStatus.OPEN, 0, null, null, null);
    }
}
