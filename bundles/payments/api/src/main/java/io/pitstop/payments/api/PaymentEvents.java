package io.pitstop.payments.api;

/** Topics of the payments' domain events (after commit); subject {@code payment/<id>}. */
public final class PaymentEvents {
    /** A payment was matched and posted; {@code accountId}, {@code amount}, {@code transactionId}, {@code rule}, {@code invoiceId} when an invoice matched. */
    public static final String MATCHED = "pitstop/payments/MATCHED";
    /** A payment waits in the queue; {@code status}, {@code rule}. */
    public static final String UNMATCHED = "pitstop/payments/UNMATCHED";
    /** A payment was marked to be paid back; {@code reason}. */
    public static final String RETURN = "pitstop/payments/RETURN";

    private PaymentEvents() {
    }
}
