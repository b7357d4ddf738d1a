package io.pitstop.accounts.api;

/**
 * ACTIVE: normal work. SUSPENDED: services stopped (e.g. funds short on the
 * 1st), payments still accepted. CLOSED: final; no postings at all.
 */
public enum AccountStatus {
    ACTIVE,
    SUSPENDED,
    CLOSED
}
