package io.pitstop.ledger.api;

import java.util.Set;

/**
 * Kinds of transaction the core knows. Plugins may use their own lower-case
 * codes (e.g. {@code licence-charge}); only {@link #OVERDRAFT_ALLOWED} types,
 * or a request that explicitly allows it, may take a book past its limit.
 */
public final class TransactionType {
    public static final String TOPUP = "topup";
    public static final String CHARGE = "charge";
    public static final String REFUND = "refund";
    public static final String TRANSFER = "transfer";
    public static final String ADJUSTMENT = "adjustment";
    public static final String REVERSAL = "reversal";
    public static final String HOLD_CAPTURE = "hold-capture";

    /** A correction or a reversal must always go through, whatever the balance. */
    public static final Set<String> OVERDRAFT_ALLOWED = Set.of(ADJUSTMENT, REVERSAL);

    private TransactionType() {
    }
}
