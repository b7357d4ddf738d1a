package io.pitstop.kso.impl.applications;

import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.DealIncome;
import io.pitstop.kso.api.applications.ManagerIncome;
import io.pitstop.kso.api.applications.OfferSnapshot;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The arithmetic of rewards: what each counterparty owes for an offer, and income summed per manager. */
final class RewardSums {
    private RewardSums() {
    }

    /**
     * What each counterparty owes for a loan on this offer: its products' rewards, plus the programme's reward for the
     * lending bank; counterparties in name order, none with nothing to pay.
     */
    static Map<String, BigDecimal> byCounterparty(OfferSnapshot offer) {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (ChosenProduct p : offer.products()) {
            add(out, p.counterparty(), p.reward());
        }
        add(out, offer.bank(), offer.programmeReward());
        return out;
    }

    private static void add(Map<String, BigDecimal> out, String counterparty, BigDecimal reward) {
        if (reward != null && reward.signum() > 0) {
            out.merge(counterparty.strip(), reward.setScale(2), BigDecimal::add);
        }
    }

    static BigDecimal productRewards(OfferSnapshot offer) {
        return offer.products().stream().map(p -> p.reward() == null ? BigDecimal.ZERO : p.reward())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** Deals summed per manager (by login), each manager once, in login order. */
    static List<ManagerIncome> perManager(YearMonth month, List<DealIncome> deals) {
        Map<String, ManagerIncome> sums = new TreeMap<>();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        for (DealIncome d : deals) {
            ManagerIncome m = sums.getOrDefault(d.manager(), new ManagerIncome(d.manager(), month, 0, zero, zero, zero));
            sums.put(d.manager(), new ManagerIncome(d.manager(), month, m.deals() + 1,
                    m.productRewards().add(d.productRewards()), m.programmeRewards().add(d.programmeReward()),
                    m.total().add(d.total())));
        }
        return new ArrayList<>(sums.values());
    }

    /** The month's first instant and the next month's, in the company's zone. */
    static java.time.Instant[] bounds(YearMonth month, ZoneId zone) {
        return new java.time.Instant[] {month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()};
    }
}
