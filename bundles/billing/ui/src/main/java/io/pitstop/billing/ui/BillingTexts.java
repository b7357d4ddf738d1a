package io.pitstop.billing.ui;

import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.Texts;
import java.util.Set;

/** The billing views' texts (Russian default, English beside it) and who sees what. */
final class BillingTexts {
    static final Texts TEXTS = Texts.of(BillingTexts.class, "io.pitstop.billing.ui.messages");
    /** Support reads, managers edit subscriptions, accountants run billing. */
    static final Set<String> READ = Set.of(Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT);
    static final Set<String> RUN = Set.of(Actor.ADMIN, Actor.ACCOUNTANT);

    private BillingTexts() {
    }
}
