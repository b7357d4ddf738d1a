package io.pitstop.payments.api;

/**
 * Where a payment stands. {@code MATCHED}: posted to an account. {@code UNMATCHED}: waits in the queue for an
 * accountant. {@code WRONG_ENTITY}: paid to another of our legal entities than the one the account pays
 * (seed 001: agreed with accounting and the client before anything is posted), waits in the queue too.
 * {@code RETURN}: marked to be paid back (a wrong purpose, seed 000). {@code OUTGOING}: our own payment, recorded only.
 */
public enum PaymentStatus {
    MATCHED,
    UNMATCHED,
    WRONG_ENTITY,
    RETURN,
    OUTGOING;

    /** Whether an accountant may still assign the payment or mark it for return. */
    public boolean open() {
        return this == UNMATCHED || this == WRONG_ENTITY;
    }
}
