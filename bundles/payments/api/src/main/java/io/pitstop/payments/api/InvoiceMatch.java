package io.pitstop.payments.api;

import java.util.UUID;

/**
 * An invoice a payment pays, as an {@link InvoiceMatching} found it: the invoice, the account it is paid to, the
 * legal entity that issued it (null: any of ours) and the reason in words for the payment card.
 */
public record InvoiceMatch(UUID invoiceId, String invoiceNumber, UUID accountId, UUID issuerEntityId, String explanation) {
}
