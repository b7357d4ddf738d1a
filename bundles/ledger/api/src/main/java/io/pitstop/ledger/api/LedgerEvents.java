package io.pitstop.ledger.api;

/**
 * Topics of the ledger's domain events (Event Admin, after commit). Subscribers
 * filter on these rather than on strings of their own.
 */
public final class LedgerEvents {
    /** A transaction was posted; properties {@code transactionId}, {@code type}, {@code books}, {@code amounts}. */
    public static final String POSTED = "pitstop/ledger/POSTED";
    /** A transaction was reversed; {@code transactionId} is the reversal, {@code reverses} the original. */
    public static final String REVERSED = "pitstop/ledger/REVERSED";
    /**
     * A posting left a personal book below its credit limit: an administrator's explicit
     * {@code allowOverdraft}, or a reversal (say of a top-up already spent), which must always go
     * through. Properties {@code book}, {@code transactionId}, {@code type}, {@code cause}
     * ({@code allowOverdraft} or {@code reversal}), {@code balance}, {@code creditLimit},
     * {@code available} (negative), {@code currency}, {@code author}, {@code reason}.
     */
    public static final String OVERDRAWN = "pitstop/ledger/OVERDRAWN";
    public static final String HOLD_CREATED = "pitstop/ledger/HOLD_CREATED";
    public static final String HOLD_CAPTURED = "pitstop/ledger/HOLD_CAPTURED";
    public static final String HOLD_VOIDED = "pitstop/ledger/HOLD_VOIDED";
    public static final String HOLD_EXPIRED = "pitstop/ledger/HOLD_EXPIRED";

    private LedgerEvents() {
    }
}
