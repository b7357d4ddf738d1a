package io.pitstop.kso.impl.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.DealIncome;
import io.pitstop.kso.api.applications.ManagerIncome;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardService;
import io.pitstop.kso.api.applications.RewardStatus;
import io.pitstop.kso.impl.KsoSchema;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Rewards read from their rows, cleared through the ledger, and the income they make per deal and manager. */
@Component(service = RewardService.class)
public class RewardServiceImpl implements RewardService {
    static final String REWARD_TYPE = "kso-reward";

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private Ledger ledger;

    @Reference
    private Clock clock;

    @Reference
    private KsoSchema schema;

    @Override
    public List<Reward> forApplication(UUID applicationId) {
        return tx(rows -> rows.rewardsOf(applicationId));
    }

    @Override
    public List<Reward> ofMonth(YearMonth month) {
        Instant[] b = RewardSums.bounds(month, clock.zone());
        return tx(rows -> rows.rewardsIssued(b[0], b[1]));
    }

    @Override
    public Reward markPaid(Actor actor, UUID rewardId, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw ValidationException.field("Idempotency-Key", "is required");
        }
        return tx(rows -> {
            ApplicationRows.Paid found = rows.reward(rewardId).orElseThrow(() -> new NotFoundException(REWARD_TYPE, rewardId));
            Reward r = found.reward();
            if (r.status() == RewardStatus.PAID) {
                if (idempotencyKey.equals(found.key())) {
                    return r;
                }
                throw new ConflictException("The reward was marked paid already", rewardId.toString());
            }
            LedgerTransaction t = RewardPostings.paid(ledger, actor, r, idempotencyKey);
            Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
            rows.markPaid(r.id(), now, t.id().value(), idempotencyKey);
            audit.record(actor, new io.pitstop.core.api.RecordRef(REWARD_TYPE, r.id()), "PAID",
                    Map.of("status", RewardStatus.RECEIVABLE.name()),
                    Map.of("status", RewardStatus.PAID.name(), "transactionId", t.id().value().toString()));
            return new Reward(r.id(), r.applicationId(), r.counterparty(), r.amount(), RewardStatus.PAID, r.manager(),
                    r.book(), r.issuedAt(), now);
        });
    }

    @Override
    public List<DealIncome> deals(YearMonth month) {
        Instant[] b = RewardSums.bounds(month, clock.zone());
        List<CreditApplication> issued = tx(rows -> rows.issued(b[0], b[1]));
        List<DealIncome> out = new ArrayList<>();
        for (CreditApplication a : issued) {
            BigDecimal products = RewardSums.productRewards(a.offer());
            out.add(new DealIncome(a.id(), a.contactId(), a.manager(), a.issuedAt(), a.offer().bank(), products,
                    a.offer().programmeReward(), products.add(a.offer().programmeReward())));
        }
        return out;
    }

    @Override
    public List<ManagerIncome> income(YearMonth month) {
        return RewardSums.perManager(month, deals(month));
    }

    private <T> T tx(ApplicationRows.Work<T> work) {
        return ApplicationRows.inTransaction(transactions, dataSource, work);
    }
}
