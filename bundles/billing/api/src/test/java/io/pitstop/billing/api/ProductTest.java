package io.pitstop.billing.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class ProductTest {
    private static final Product PRODUCT = new Product(UUID.randomUUID(), "saas", "SaaS", BigDecimal.ZERO, Map.of(), List.of(
            new Product.PriceVersion(LocalDate.of(2024, 3, 15), Map.of(BillingCycle.MONTH, new BigDecimal("100.00"))),
            new Product.PriceVersion(LocalDate.of(2024, 6, 1), Map.of(BillingCycle.MONTH, new BigDecimal("120.00")))), Instant.EPOCH);

    @Test
    public void aNewVersionNeverChangesTheMonthsBeforeIt() {
        assertEquals(new BigDecimal("100.00"), PRODUCT.pricesOn(LocalDate.of(2024, 5, 31)).get(BillingCycle.MONTH));
        assertEquals(new BigDecimal("120.00"), PRODUCT.pricesOn(LocalDate.of(2024, 6, 1)).get(BillingCycle.MONTH));
    }

    @Test
    public void aProductAddedMidMonthIsChargedAtItsFirstPricesForThatMonth() {
        assertTrue(PRODUCT.pricesOn(LocalDate.of(2024, 3, 1)).isEmpty());
        assertEquals(new BigDecimal("100.00"), PRODUCT.pricesFor(LocalDate.of(2024, 3, 1)).get(BillingCycle.MONTH));
    }

    @Test
    public void cyclesAreChargedInTheMonthsTheyStart() {
        Subscription q = new Subscription(UUID.randomUUID(), UUID.randomUUID(), "saas", 1, BillingCycle.QUARTER,
                LocalDate.of(2024, 1, 20), null, SubscriptionStatus.ACTIVE, Instant.EPOCH, Instant.EPOCH);
        assertTrue(q.chargedIn(LocalDate.of(2024, 1, 1)));
        assertFalse(q.chargedIn(LocalDate.of(2024, 2, 1)));
        assertTrue(q.chargedIn(LocalDate.of(2024, 4, 1)));
        assertFalse(q.chargedIn(LocalDate.of(2023, 12, 1)));
        Subscription once = new Subscription(UUID.randomUUID(), UUID.randomUUID(), "saas", 1, BillingCycle.ONE_TIME,
                LocalDate.of(2024, 1, 20), null, SubscriptionStatus.ACTIVE, Instant.EPOCH, Instant.EPOCH);
        assertTrue(once.chargedIn(LocalDate.of(2024, 1, 1)));
        assertFalse(once.chargedIn(LocalDate.of(2024, 2, 1)));
        Subscription cancelled = new Subscription(UUID.randomUUID(), UUID.randomUUID(), "saas", 1, BillingCycle.MONTH,
                LocalDate.of(2024, 1, 20), null, SubscriptionStatus.CANCELLED, Instant.EPOCH, Instant.EPOCH);
        assertFalse(cancelled.chargedIn(LocalDate.of(2024, 2, 1)));
    }
}
