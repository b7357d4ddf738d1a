package io.pitstop.accounts.api;

import io.pitstop.contacts.api.ContactId;
import java.math.BigDecimal;
import java.time.Instant;

/** A personal account as stored. Amounts have scale 2 in the account's currency. */
public record Account(AccountId id, String number, ContactId owner, String currency, AccountStatus status,
                      BigDecimal creditLimit, BigDecimal criticalBalance, String timeZone,
                      Instant createdAt, Instant updatedAt, long version) {
}
