package io.pitstop.kso.api.applications;

import io.pitstop.core.api.Actor;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** The dealer's rewards (receivables from banks and insurers) and the income they make per deal, manager and month. */
@ProviderType
public interface RewardService {
    List<Reward> forApplication(UUID applicationId);

    /** Rewards of the loans issued in the month (in the company's zone). */
    List<Reward> ofMonth(YearMonth month);

    /**
     * Records that the counterparty paid: the receivable is cleared in the ledger (bank against the counterparty's
     * book) under {@code idempotencyKey}. The same key again answers the paid reward; another key for a paid reward
     * is a conflict.
     */
    Reward markPaid(Actor actor, UUID rewardId, String idempotencyKey);

    /** Income of every loan issued in the month. */
    List<DealIncome> deals(YearMonth month);

    /** {@link #deals} summed per manager, by manager's login. */
    List<ManagerIncome> income(YearMonth month);
}
