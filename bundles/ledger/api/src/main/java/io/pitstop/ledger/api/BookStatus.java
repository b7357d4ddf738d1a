package io.pitstop.ledger.api;

/** Mirrors the account status the ledger needs: CLOSED books take no postings. */
public enum BookStatus {
    OPEN,
    SUSPENDED,
    CLOSED
}
