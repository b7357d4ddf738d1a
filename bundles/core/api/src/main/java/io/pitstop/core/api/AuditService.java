package io.pitstop.core.api;

import java.util.Map;

/**
 * Append-only log of who changed what. Writes join the caller's transaction,
 * so an audit record exists exactly when the change it describes does.
 */
public interface AuditService {
    /**
     * Records one change. {@code before} is empty for a creation and
     * {@code after} for a removal; values are rendered as JSON.
     */
    void record(Actor actor, RecordRef subject, String action, Map<String, ?> before, Map<String, ?> after);

    /** History of one record, newest first. */
    Page<AuditEntry> history(RecordRef subject, PageRequest page);
}
