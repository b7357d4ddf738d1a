package io.pitstop.billing.api;

import io.pitstop.core.api.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A product or module of the catalogue (продукт, модуль): its code is what subscriptions name. {@code prices} are the
 * prices per unit of the version in force today, {@code versions} every price version, oldest first: a new version
 * starts on its date and never changes a charge made before it. {@code vatRatePercent} is the VAT included in the
 * prices (0 for goods without VAT).
 */
public record Product(UUID id, String code, String name, BigDecimal vatRatePercent, Map<BillingCycle, BigDecimal> prices,
                      List<PriceVersion> versions, Instant createdAt) {
    public static final String TYPE = "billing-product";

    public Product {
        prices = Map.copyOf(prices);
        versions = List.copyOf(versions);
    }

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }

    /** Prices per unit and cycle in force from {@code effectiveFrom} until the next version's date. */
    public record PriceVersion(LocalDate effectiveFrom, Map<BillingCycle, BigDecimal> prices) {
        public PriceVersion {
            prices = Map.copyOf(prices);
        }
    }

    /**
     * The prices a charge on {@code date} reads: the version in force that day, or for a date before the product's
     * first version (a product added in the middle of a month, charged for that month) its first prices.
     */
    public Map<BillingCycle, BigDecimal> pricesFor(LocalDate date) {
        Map<BillingCycle, BigDecimal> p = pricesOn(date);
        return p.isEmpty() && !versions.isEmpty() ? versions.get(0).prices() : p;
    }

    /** The prices in force on a date, or an empty map before the first version. */
    public Map<BillingCycle, BigDecimal> pricesOn(LocalDate date) {
        Map<BillingCycle, BigDecimal> found = Map.of();
        for (PriceVersion v : versions) {
            if (!v.effectiveFrom().isAfter(date)) {
                found = v.prices();
            }
        }
        return found;
    }
}
