package io.pitstop.payments.api;

import java.util.UUID;

/** An account the payment may belong to, with why it is suggested (the payer's INN is its owner's, say). */
public record Suggestion(UUID accountId, String accountNumber, UUID clientId, String clientName, String reason) {
}
