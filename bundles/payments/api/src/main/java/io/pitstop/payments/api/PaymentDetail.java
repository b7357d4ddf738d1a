package io.pitstop.payments.api;

import java.util.List;

/** A payment with the accounts it may belong to (empty once it is matched). */
public record PaymentDetail(Payment payment, List<Suggestion> suggestions) {
    public PaymentDetail {
        suggestions = List.copyOf(suggestions);
    }
}
