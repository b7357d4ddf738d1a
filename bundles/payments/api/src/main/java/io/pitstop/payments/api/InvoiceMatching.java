package io.pitstop.payments.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The invoice strategy of matching, implemented by a billing plugin: the payments plugin asks every registered
 * service (optional, dynamic: none is needed) after the purpose has named no personal account, and the first
 * answer wins. The payment is then posted to the invoice's account like a top-up and published with
 * {@link PaymentEvents#MATCHED} carrying {@code invoiceId}, on which the billing plugin marks the invoice paid
 * (equal, partial or with the surplus left as credit).
 */
@ConsumerType
public interface InvoiceMatching {
    /** The invoice the payment pays, or null. {@code purpose} as the bank wrote it, {@code payerInn} may be null. */
    InvoiceMatch match(String purpose, String payerInn, java.math.BigDecimal amount);
}
