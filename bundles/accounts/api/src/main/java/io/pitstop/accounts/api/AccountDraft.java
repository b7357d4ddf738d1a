package io.pitstop.accounts.api;

import io.pitstop.contacts.api.ContactId;
import java.math.BigDecimal;

/**
 * What opens an account. Only {@code owner} is required: currency defaults
 * to RUB, limits to zero, the time zone to Europe/Moscow, and the number is
 * generated from the configured pattern.
 */
public record AccountDraft(ContactId owner, String currency, BigDecimal creditLimit, BigDecimal criticalBalance,
                           String timeZone) {
}
