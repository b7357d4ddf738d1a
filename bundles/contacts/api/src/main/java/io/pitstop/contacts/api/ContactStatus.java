package io.pitstop.contacts.api;

/** Archived contacts stay readable and referable but leave default searches. */
public enum ContactStatus {
    ACTIVE,
    ARCHIVED
}
