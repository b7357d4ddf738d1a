package io.pitstop.kso.impl.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Money;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardStatus;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Rewards in the ledger. A receivable is money owed to the dealer, which by the ledger's signs (a customer's money is a
 * credit, the bank's a debit) is a debit on the counterparty's book: issue debits each counterparty and credits
 * revenue; a payment debits the bank and credits the counterparty back to zero.
 */
final class RewardPostings {
    static final String ISSUE_TYPE = "kso-reward";
    static final String PAID_TYPE = "kso-reward-paid";
    /**
     * A counterparty's book is a receivable that may go as far below zero as the rewards owed; the ledger's limit
     * check would refuse the first reward without a limit, and a real one has no meaning for a bank that owes us.
     */
    static final BigDecimal RECEIVABLE_LIMIT = new BigDecimal("1000000000000.00");

    private RewardPostings() {
    }

    /** The counterparty's receivable book: the same id for the same name (whatever its case) on every installation. */
    static UUID book(String counterparty) {
        return UUID.nameUUIDFromBytes(("pitstop:kso:receivable:" + counterparty.strip().toLowerCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One posting for the whole loan under a key made from the application, so a repeated issue (or one that raced
     * another) never posts twice; the reward rows are written with it in the caller's transaction.
     */
    static List<Reward> issue(ApplicationRows rows, Ledger ledger, Actor actor, CreditApplication a, Instant at)
            throws SQLException {
        Map<String, BigDecimal> owed = RewardSums.byCounterparty(a.offer());
        if (owed.isEmpty()) {
            return List.of();
        }
        List<PostingLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, BigDecimal> e : owed.entrySet()) {
            UUID book = book(e.getKey());
            ledger.openBook(book, Money.RUB, RECEIVABLE_LIMIT, BookStatus.OPEN, null);
            lines.add(new PostingLine(book, e.getValue().negate(), Money.RUB, "Reward receivable: " + e.getKey()));
            total = total.add(e.getValue());
        }
        lines.add(new PostingLine(HouseBook.REVENUE.bookId(), total, Money.RUB, "Dealer's rewards"));
        LedgerTransaction t = ledger.post(actor, new PostingRequest("kso-reward-issue:" + a.id(), ISSUE_TYPE,
                "Dealer's rewards for the loan of credit application " + a.id(), a.ref().toString(), lines, false));
        if (t.replayed()) {
            return rows.rewardsOf(a.id());
        }
        List<Reward> out = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : owed.entrySet()) {
            Reward r = new Reward(UUID.randomUUID(), a.id(), e.getKey(), e.getValue(), RewardStatus.RECEIVABLE,
                    a.manager(), book(e.getKey()), at, null);
            rows.insertReward(r, t.id().value());
            out.add(r);
        }
        return out;
    }

    static LedgerTransaction paid(Ledger ledger, Actor actor, Reward r, String key) {
        return ledger.post(actor, new PostingRequest(key, PAID_TYPE, "Reward paid by " + r.counterparty(),
                "kso-reward:" + r.id(), List.of(
                        new PostingLine(HouseBook.BANK.bookId(), r.amount().negate(), Money.RUB, "Reward from " + r.counterparty()),
                        new PostingLine(r.book(), r.amount(), Money.RUB, "Reward paid")), false));
    }
}
