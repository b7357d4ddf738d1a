package io.pitstop.documents.api;

import io.pitstop.core.api.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One of our legal entities as stored. {@code warnings}: what is saved but looks wrong (a bank account whose
 * control key does not match its BIC), computed from the data on every read, so they go when the typo is fixed.
 */
public record LegalEntity(UUID id, String fullName, String shortName, String inn, String kpp, String ogrn,
                          String legalAddress, String postalAddress, List<BankAccount> bankAccounts,
                          Signatory director, Signatory chiefAccountant, VatMode vatMode, boolean defaultEntity,
                          Integer closedThrough, UUID logo, UUID stamp, long version, Instant updatedAt,
                          List<FieldError> warnings) {
    public LegalEntity {
        bankAccounts = List.copyOf(bankAccounts);
        warnings = List.copyOf(warnings);
    }

    /** The first bank account, which documents print, or null when there is none. */
    public BankAccount mainAccount() {
        return bankAccounts.isEmpty() ? null : bankAccounts.get(0);
    }
}
