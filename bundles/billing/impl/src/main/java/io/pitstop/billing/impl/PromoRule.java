package io.pitstop.billing.impl;

import io.pitstop.core.api.BusinessRuleException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * Promo codes (промо-коды, seed 002) as a rule (stored by {@link PromoCodesImpl}): a percent or a fixed amount off a line, for
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
        checkDates(day);
        if (firstCharge) {
            checkUses(usesSoFar, usedByClient);
        }
        return off(product, amount, firstCharge);
    }

    /** Whether the code may be applied on {@code day} to one more subscription of a client; refused as in {@link #discount}. */
    void checkApplicable(LocalDate day, int usesSoFar, boolean usedByClient) {
        checkDates(day);
        checkUses(usesSoFar, usedByClient);
    }

    /** Whether a subscription of this product can have the code at all. */
    boolean covers(String product) {
        return products.isEmpty() || products.contains(product);
    }

    /**
     * The discount on a line of a subscription the code was applied to: the dates and uses were checked when it was
     * applied, so a recurring code keeps discounting renewals after its last valid day.
     */
    BigDecimal off(String product, BigDecimal amount, boolean firstCharge) {
        if (!firstCharge && !recurring || !covers(product)) {
            return zero();
        }
        BigDecimal off = kind == Kind.PERCENT
                ? amount.multiply(value).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                : value.min(amount).setScale(2, RoundingMode.UNNECESSARY);
        return off.max(zero());
    }

    private void checkDates(LocalDate day) {
        if (day.isBefore(validFrom) || validTo != null && day.isAfter(validTo)) {
            throw new BusinessRuleException("promo-expired", "Promo code " + code + " is valid from " + validFrom
                    + (validTo == null ? "" : " to " + validTo));
        }
    }

    private void checkUses(int usesSoFar, boolean usedByClient) {
        if (maxUses != null && usesSoFar >= maxUses) {
            throw new BusinessRuleException("promo-used-up", "Promo code " + code + " has been used " + maxUses + " times");
        }
        if (oncePerClient && usedByClient) {
            throw new BusinessRuleException("promo-used", "Promo code " + code + " has been used by this client already");
        }
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
