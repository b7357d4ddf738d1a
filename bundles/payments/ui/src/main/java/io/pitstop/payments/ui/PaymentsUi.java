package io.pitstop.payments.ui;

import io.pitstop.accounts.api.AccountService;
import io.pitstop.core.api.Actor;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.payments.api.PaymentStatus;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.StatusBadge;
import java.util.Set;

/** What the payments views get from their contributing components: the plugin's service and the accounts, called directly. */
record PaymentsUi(PaymentService payments, AccountService accounts) {
    static final Texts TEXTS = Texts.of(PaymentsUi.class, "io.pitstop.payments.ui.messages");
    static final String ROUTE = "payments";

    /** Who reads payments: the REST resource's readers. */
    static final Set<String> READ = Set.of(Actor.ADMIN, Actor.ACCOUNTANT, Actor.MANAGER, Actor.SUPPORT);

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    /** Whether the signed-in member imports statements and works the queue. */
    static boolean canWork() {
        return Ui.hasAnyRole(Actor.ADMIN, Actor.ACCOUNTANT);
    }

    static StatusBadge badge(PaymentStatus status) {
        StatusBadge.Tone tone = switch (status) {
            case MATCHED -> StatusBadge.Tone.SUCCESS;
            case UNMATCHED -> StatusBadge.Tone.WARNING;
            case WRONG_ENTITY, RETURN -> StatusBadge.Tone.ERROR;
            case OUTGOING -> StatusBadge.Tone.NEUTRAL;
        };
        return new StatusBadge(status.name(), t("status." + status.name()), tone);
    }
}
