package io.pitstop.ledger.api;

import java.time.Instant;
import java.util.List;

/**
 * A posted transaction: immutable. {@code reverses} names the transaction it
 * cancels, if any; {@code reversedBy} is filled once it has been reversed.
 * {@code replayed} tells a caller that an idempotent repeat returned a
 * transaction posted earlier.
 */
public record LedgerTransaction(TransactionId id, String type, String reason, String sourceDocument, String author,
                                Instant postedAt, List<Entry> entries, TransactionId reverses,
                                TransactionId reversedBy, String hash, boolean replayed) {
    public LedgerTransaction {
        entries = List.copyOf(entries);
    }
}
