package io.pitstop.billing.impl;

import io.pitstop.core.api.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * Promo codes (промо-коды, seed 002) as a rule, before they have a table: a percent or a fixed amount off a line, for
 * some products or all, on every charge (recurring) or the first only, within validity dates, up to a number of uses,
 * once per client if so. A percent is taken from each line and rounded HALF_UP to kopecks (the seed's 5 % of 13,380.00
 * is 669.00, the renewals 12,711.00, 4,560.00 and 1,026.00); a fixed amount never takes a line below zero.
 */
record PromoRule(String code, Kind kind, BigDecimal value, Set<String> products, boolean recurring, LocalDate validFrom,
                 LocalDate validTo, Integer maxUses, boolean oncePerClient) {
    enum Kind { PERCENT, FIXED }

    /**
     * The discount on one line (a positive amount to subtract). A code used up, out of its dates or already used by
     * this client is refused ({@link BusinessRuleException}); a line it does not cover gets 0.
     */
    BigDecimal discount(String product, BigDecimal amount, LocalDate day, boolean firstCharge, int usesSoFar, boolean usedByClient) {
        if (day.isBefore(validFrom) || validTo != null && day.isAfter(validTo)) {
            throw new BusinessRuleException("promo-expired", "Promo code " + code + " is valid from " + validFrom
                    + (validTo == null ? "" : " to " + validTo));
        }
        if (firstCharge && maxUses != null && usesSoFar >= maxUses) {
            throw new BusinessRuleException("promo-used-up", "Promo code " + code + " has been used " + maxUses + " times");
        }
        if (firstCharge && oncePerClient && usedByClient) {
            throw new BusinessRuleException("promo-used", "Promo code " + code + " has been used by this client already");
        }
        if (!firstCharge && !recurring || !products.isEmpty() && !products.contains(product)) {
            return zero();
        }
        BigDecimal off = kind == Kind.PERCENT
                ? amount.multiply(value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                : value.min(amount).setScale(2, RoundingMode.UNNECESSARY);
        return off.max(zero());
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
