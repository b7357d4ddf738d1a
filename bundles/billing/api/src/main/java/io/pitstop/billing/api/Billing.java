package io.pitstop.billing.api;

import io.pitstop.core.api.Actor;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * The monthly charge (ежемесячное списание). On the charging date the coming month is charged to the personal
 * account and the following month's amount is held on it as a ledger hold; if the charge cannot be covered the
 * account and its subscriptions are suspended, and a top-up that covers it resumes them, once.
 */
public interface Billing {
    AccountSummary summary(UUID accountId);

    /** What the account's subscriptions cost in a month (0 when nothing is charged in it). */
    BigDecimal chargeFor(UUID accountId, YearMonth period);

    /**
     * Charges one account for a period, idempotently: a repeat after success answers {@code SKIPPED}. With
     * {@code preview} nothing is written and the outcome says what would happen.
     */
    ChargeOutcome charge(Actor actor, UUID accountId, YearMonth period, boolean preview);

    /**
     * Accounts with active subscriptions short for next month and the total shortfall (dashboard), looking at no more
     * than {@code limit} accounts.
     */
    Shortfalls shortfalls(int limit);

    /** Accounts billing has suspended for short funds and not resumed yet. */
    long suspendedAccounts();
}
