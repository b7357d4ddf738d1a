package io.pitstop.documents.api;

import java.util.List;
import java.util.UUID;

/**
 * What an administrator enters for one of our legal entities. {@code defaultEntity} true makes it the default
 * (the previous default stops being one). {@code closedThrough}: the last closed year; documents dated in it or
 * before are refused. {@code logo} and {@code stamp}: ids of image attachments on the entity's record.
 */
public record LegalEntityDraft(String fullName, String shortName, String inn, String kpp, String ogrn,
                               String legalAddress, String postalAddress, List<BankAccount> bankAccounts,
                               Signatory director, Signatory chiefAccountant, VatMode vatMode, Boolean defaultEntity,
                               Integer closedThrough, UUID logo, UUID stamp) {
    public LegalEntityDraft {
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
    }
}
