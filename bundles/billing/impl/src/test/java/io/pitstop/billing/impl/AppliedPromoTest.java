package io.pitstop.billing.impl;

import static org.junit.Assert.assertEquals;

import io.pitstop.billing.api.BillingCycle;
import io.pitstop.billing.api.Subscription;
import io.pitstop.billing.api.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

/** A stored code on a subscription's charges: which month is the first charge, recurring or not, and the past. */
public class AppliedPromoTest {
    private static final BigDecimal HALF_YEAR = new BigDecimal("13380.00");

    @Test
    public void recurringPercentDiscountsEveryChargeFromTheMonthItWasApplied() {
        PromoCodesImpl.Applied ref5 = new PromoCodesImpl.Applied(rule(PromoRule.Kind.PERCENT, "5", true), YearMonth.of(2019, 2));
        Subscription s = subscription(BillingCycle.HALF_YEAR, LocalDate.of(2018, 8, 1));
        assertEquals("0.00", ref5.off(s, HALF_YEAR, YearMonth.of(2018, 8)).toPlainString());
        assertEquals("669.00", ref5.off(s, HALF_YEAR, YearMonth.of(2019, 2)).toPlainString());
        assertEquals("669.00", ref5.off(s, HALF_YEAR, YearMonth.of(2019, 8)).toPlainString());
    }

    @Test
    public void firstChargeOnlyIsTheFirstMonthTheCycleStartsInAfterApplying() {
        // applied in March to a half-year subscription started in February: its first charge after is August
        PromoCodesImpl.Applied once = new PromoCodesImpl.Applied(rule(PromoRule.Kind.FIXED, "500", false), YearMonth.of(2019, 3));
        Subscription s = subscription(BillingCycle.HALF_YEAR, LocalDate.of(2019, 2, 1));
        assertEquals("500.00", once.off(s, HALF_YEAR, YearMonth.of(2019, 8)).toPlainString());
        assertEquals("0.00", once.off(s, HALF_YEAR, YearMonth.of(2020, 2)).toPlainString());
        Subscription monthly = subscription(BillingCycle.MONTH, LocalDate.of(2019, 1, 1));
        assertEquals("500.00", once.off(monthly, new BigDecimal("4100.00"), YearMonth.of(2019, 3)).toPlainString());
        assertEquals("0.00", once.off(monthly, new BigDecimal("4100.00"), YearMonth.of(2019, 4)).toPlainString());
    }

    private static PromoRule rule(PromoRule.Kind kind, String value, boolean recurring) {
        return new PromoRule("X", kind, new BigDecimal(value), Set.of(), recurring, LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 3, 31), null, false);
    }

    private static Subscription subscription(BillingCycle cycle, LocalDate start) {
        return new Subscription(UUID.randomUUID(), UUID.randomUUID(), "bit-hotel", 1, cycle, start, null,
                SubscriptionStatus.ACTIVE, Instant.EPOCH, Instant.EPOCH);
    }
}
