package io.pitstop.billing.impl;

import io.pitstop.billing.api.AccountSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The balance screen of seed 000 as a rule. {@code funds} is what the account may spend on its next charge: the
 * ledger's available amount plus billing's own hold for that charge (the hold is the reservation, not a cost).
 * What funds allow is reserved for the next charge, up to its amount; the rest is available; what the funds lack is
 * the shortfall, to be paid by the day before the charging date (balance 52,600, charge 57,400: available 0,
 * shortfall 4,800, pay by 29.02.2020 for the charge of 1 March).
 */
final class SummaryRule {
    private SummaryRule() {
    }

    static AccountSummary summary(UUID account, String currency, BigDecimal balance, BigDecimal funds, BigDecimal monthlyCharge,
                                  LocalDate today) {
        LocalDate nextCharge = nextChargeDate(today);
        BigDecimal spendable = funds.max(BigDecimal.ZERO);
        BigDecimal reserved = monthlyCharge.min(spendable);
        BigDecimal available = spendable.subtract(reserved);
        BigDecimal shortfall = monthlyCharge.subtract(reserved);
        return new AccountSummary(account, currency, scaled(balance), scaled(monthlyCharge), scaled(reserved), scaled(available),
                scaled(shortfall), shortfall.signum() > 0 ? nextCharge.minusDays(1) : null, nextCharge);
    }

    /** The charging date after {@code today}: the 1st of next month (the coming month is charged on its 1st). */
    static LocalDate nextChargeDate(LocalDate today) {
        return today.withDayOfMonth(1).plusMonths(1);
    }

    private static BigDecimal scaled(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
