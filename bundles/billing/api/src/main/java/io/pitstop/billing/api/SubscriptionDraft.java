package io.pitstop.billing.api;

import java.time.LocalDate;
import java.util.UUID;

/** A new subscription; a start in the past is allowed (clients moved from another system are not charged back). */
public record SubscriptionDraft(UUID accountId, String product, Integer quantity, BillingCycle cycle, LocalDate start,
                                String tariff) {
}
