package io.pitstop.accounts.api;

import java.math.BigDecimal;

/** Changes to an account's settings; a null field stays as it is. */
public record AccountChange(BigDecimal creditLimit, BigDecimal criticalBalance, String timeZone) {
}
