package io.pitstop.billing.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Subscriptions of personal accounts; every change is audited on {@link Subscription#TYPE} and published. */
public interface Subscriptions {
    /** Unknown product or account, a closed account, a quantity below 1 or a price missing for the cycle: 4xx. */
    Subscription create(Actor actor, SubscriptionDraft draft);

    Subscription get(UUID id);

    /** The account's subscriptions, newest first. */
    List<Subscription> ofAccount(UUID accountId);

    /** Moves a subscription to a status; CANCELLED is final. */
    Subscription setStatus(Actor actor, UUID id, SubscriptionStatus status, String reason);

    /** Every change of the subscription, newest first. */
    List<AuditEntry> history(UUID id);

    /** What a quantity change from {@code effective} costs for the rest of the current cycle (days left of cycle days). */
    ChangePreview previewChange(UUID id, int quantity, LocalDate effective);
}
