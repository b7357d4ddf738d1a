package io.pitstop.ledger.api;

import java.util.List;

/**
 * A transaction to post. Lines must sum to zero per currency. The
 * idempotency key makes a retry safe: the same key with the same request
 * returns the first result; with a different request it is a conflict.
 */
public record PostingRequest(String idempotencyKey, String type, String reason, String sourceDocument,
                             List<PostingLine> lines, boolean allowOverdraft) {
    public PostingRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
