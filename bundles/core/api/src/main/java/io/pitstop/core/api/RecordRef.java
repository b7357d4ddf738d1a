package io.pitstop.core.api;

import java.util.UUID;

/**
 * Points at any record by type and id, so that tasks, attachments, timeline
 * entries and audit records can refer to contacts, accounts, transactions or
 * a plugin's own records alike.
 */
public record RecordRef(String type, UUID id) {
    public RecordRef {
        if (type == null || type.isBlank() || id == null) {
            throw new IllegalArgumentException("record type and id are required");
        }
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
