package io.pitstop.billing.api;

import io.pitstop.core.api.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A promo code (промо-код, seed 002): {@code value} percent or a fixed amount off each charge line of the products it
 * names (all when {@code products} is empty), on every charge ({@code recurring}) or the first only. It is applied
 * to a subscription from {@code validFrom} to {@code validTo} (open when null), at most {@code maxUses} times
 * (unlimited when null), once per client when {@code oncePerClient}; {@code uses} is how many subscriptions have it.
 * A code applied before {@code validTo} keeps discounting its renewals after that date.
 */
public record PromoCode(UUID id, String code, Kind kind, BigDecimal value, List<String> products, boolean recurring,
                        LocalDate validFrom, LocalDate validTo, Integer maxUses, boolean oncePerClient, int uses,
                        Instant createdAt) {
    public static final String TYPE = "billing-promo-code";

    public enum Kind { PERCENT, FIXED }

    public PromoCode {
        products = List.copyOf(products);
    }

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }
}
