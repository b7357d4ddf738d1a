package io.pitstop.ledger.api;

import java.util.Set;

/**
 * Kinds of transaction the core knows. Plugins may use their own lower-case
 * codes (e.g. {@code licence-charge}). Whatever the type, no posting takes a
 * personal book past its credit limit unless an administrator allows it
 * explicitly ({@link PostingRequest#allowOverdraft()}); only
 * {@link #OVERDRAFT_ALLOWED} types, which undo what happened, always go through
 * (and say so with {@link LedgerEvents#OVERDRAWN}).
 */
public final class TransactionType {
    public static final String TOPUP = "topup";
    public static final String CHARGE = "charge";
    public static final String REFUND = "refund";
    public static final String TRANSFER = "transfer";
    public static final String ADJUSTMENT = "adjustment";
    public static final String REVERSAL = "reversal";
    public static final String HOLD_CAPTURE = "hold-capture";

    /**
     * A reversal must always go through, whatever the balance: it undoes what happened (a top-up
     * the bank returned after it was spent). An adjustment is checked like any posting.
     */
    public static final Set<String> OVERDRAFT_ALLOWED = Set.of(REVERSAL);

    private TransactionType() {
    }
}
