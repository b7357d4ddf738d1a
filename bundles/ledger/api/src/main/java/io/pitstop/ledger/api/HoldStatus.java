package io.pitstop.ledger.api;

/** PENDING reserves money; POSTED (captured), VOIDED and EXPIRED release it. */
public enum HoldStatus {
    PENDING,
    POSTED,
    VOIDED,
    EXPIRED
}
