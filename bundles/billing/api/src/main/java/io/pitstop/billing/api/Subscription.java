package io.pitstop.billing.api;

import io.pitstop.core.api.RecordRef;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A personal account's subscription (подписка, услуга): a product in a quantity, charged per cycle from the start
 * date. {@code tariff}, when set, prices a month by a tariff string instead of the product's price times quantity.
 */
public record Subscription(UUID id, UUID accountId, String product, int quantity, BillingCycle cycle, LocalDate start,
                           String tariff, SubscriptionStatus status, Instant createdAt, Instant updatedAt) {
    public static final String TYPE = "billing-subscription";

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }

    /** Whether the subscription is charged in the month beginning on {@code periodStart} (its cycle starts then). */
    public boolean chargedIn(LocalDate periodStart) {
        if (status == SubscriptionStatus.CANCELLED || cycle == BillingCycle.FREE) {
            return false;
        }
        LocalDate first = start.withDayOfMonth(1);
        if (periodStart.isBefore(first)) {
            return false;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, periodStart);
        return cycle == BillingCycle.ONE_TIME ? months == 0 : months % cycle.months() == 0;
    }
}
