package io.pitstop.payments.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One document of a bank statement as stored. {@code naturalKey} identifies the payment whatever file brings it
 * (see the architecture doc); {@code rule} and {@code explanation} say how it was matched (or why not);
 * {@code warnings} what looked wrong but was accepted (an account failing its control key with the BIC).
 * {@code transactionId} is the ledger posting of a matched payment.
 */
public record Payment(UUID id, UUID statementId, int line, PaymentDirection direction, String number, LocalDate date,
                      BigDecimal amount, String currency, Party payer, Party recipient, String purpose,
                      PaymentStatus status, UUID accountId, String accountNumber, UUID clientId, UUID legalEntityId,
                      String rule, String explanation, List<String> warnings, String naturalKey, UUID transactionId,
                      Instant createdAt, Instant updatedAt) {
    public Payment {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
