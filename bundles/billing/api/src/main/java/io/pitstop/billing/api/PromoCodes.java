package io.pitstop.billing.api;

import io.pitstop.core.api.Actor;
import java.util.List;
import java.util.UUID;

/** Promo codes stored and applied to subscriptions; changes are audited on {@link PromoCode#TYPE}. */
public interface PromoCodes {
    /** A code already stored is a conflict; a product the catalogue does not know is refused on {@code products}. */
    PromoCode create(Actor actor, PromoCodeDraft draft);

    List<PromoCode> list();

    /**
     * Applies a code to a subscription: its charges from the current month on are discounted by the code's rule. An
     * unknown, expired, used-up code, one the client has used already, or one for other products is refused on
     * {@code code}; a subscription that has a code already is a conflict.
     */
    PromoCode apply(Actor actor, UUID subscriptionId, String code);
}
