package io.pitstop.payments.api;

import java.util.List;
import java.util.UUID;

/**
 * What an import did: documents {@code read}, payments {@code imported} (new ones, incoming and outgoing), of them
 * {@code matched} (posted), {@code unmatched} (in the queue, wrong-entity ones included) and {@code outgoing}
 * (recorded only), {@code duplicates} (already known by their natural key: nothing done), and each {@code rejected}
 * document with its line and reason. {@code warnings}: accepted documents with something to check.
 */
public record StatementReport(UUID statementId, String format, String charset, int read, int imported, int matched,
                             int unmatched, int outgoing, int duplicates, List<LineNote> rejected, List<LineNote> warnings) {
    public StatementReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }

    /** A line of the file (the document's first line, 1-based) and what is said about it. */
    public record LineNote(int line, String reason) {
    }
}
