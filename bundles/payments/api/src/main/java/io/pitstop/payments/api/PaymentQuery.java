package io.pitstop.payments.api;

import java.util.UUID;

/** Payments by status and account; both optional. */
public record PaymentQuery(PaymentStatus status, UUID accountId) {
    public static PaymentQuery all() {
        return new PaymentQuery(null, null);
    }
}
