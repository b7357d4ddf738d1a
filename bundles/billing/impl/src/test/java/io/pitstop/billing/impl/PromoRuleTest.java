package io.pitstop.billing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.pitstop.core.api.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.Test;

public class PromoRuleTest {
    private static final LocalDate DAY = LocalDate.of(2019, 2, 1);
    /** The seed's «Скидка для референсных клиентов 5%»: every line, every renewal. */
    private static final PromoRule REFERENCE = new PromoRule("REF5", PromoRule.Kind.PERCENT, new BigDecimal("5"), Set.of(), true,
            LocalDate.of(2018, 1, 1), null, null, false);

    @Test
    public void seedFivePercentOfTheLineAndItsRenewals() {
        assertEquals("669.00", REFERENCE.discount("bit-hotel", new BigDecimal("13380.00"), DAY, true, 0, false).toPlainString());
        assertEquals("12711.00", new BigDecimal("13380.00").subtract(
                REFERENCE.discount("bit-hotel", new BigDecimal("13380.00"), DAY, false, 1, true)).toPlainString());
        // a user «Стандарт» at 4,800.00 a half-year, and 15 GB as three 5 GB packs at 360.00
        assertEquals("4560.00", new BigDecimal("4800.00").subtract(
                REFERENCE.discount("user-standard", new BigDecimal("4800.00"), DAY, false, 1, true)).toPlainString());
        assertEquals("1026.00", new BigDecimal("1080.00").subtract(
                REFERENCE.discount("disk-5gb", new BigDecimal("360.00").multiply(BigDecimal.valueOf(3)), DAY, false, 1, true)).toPlainString());
    }

    @Test
    public void firstChargeOnlyAndPerProduct() {
        PromoRule first = new PromoRule("HELLO", PromoRule.Kind.FIXED, new BigDecimal("500.00"), Set.of("saas"), false,
                DAY, DAY.plusMonths(1), 10, true);
        assertEquals("500.00", first.discount("saas", new BigDecimal("4100.00"), DAY, true, 0, false).toPlainString());
        assertEquals("0.00", first.discount("saas", new BigDecimal("4100.00"), DAY.plusDays(3), false, 1, true).toPlainString());
        assertEquals("0.00", first.discount("other", new BigDecimal("4100.00"), DAY, true, 0, false).toPlainString());
        assertEquals("300.00", first.discount("saas", new BigDecimal("300.00"), DAY, true, 0, false).toPlainString());
    }

    @Test
    public void expiredUsedUpOrUsedByTheClientIsRefused() {
        PromoRule limited = new PromoRule("TWO", PromoRule.Kind.PERCENT, new BigDecimal("10"), Set.of(), false,
                DAY, DAY.plusDays(10), 2, true);
        refused(() -> limited.discount("saas", BigDecimal.TEN, DAY.minusDays(1), true, 0, false), "promo-expired");
        refused(() -> limited.discount("saas", BigDecimal.TEN, DAY.plusDays(11), true, 0, false), "promo-expired");
        refused(() -> limited.discount("saas", BigDecimal.TEN, DAY, true, 2, false), "promo-used-up");
        refused(() -> limited.discount("saas", BigDecimal.TEN, DAY, true, 1, true), "promo-used");
        assertEquals("1.00", limited.discount("saas", BigDecimal.TEN, DAY.plusDays(10), true, 1, false).toPlainString());
    }

    private static void refused(Runnable r, String rule) {
        try {
            r.run();
            fail("accepted");
        } catch (BusinessRuleException e) {
            assertEquals(rule, e.type());
        }
    }
}
