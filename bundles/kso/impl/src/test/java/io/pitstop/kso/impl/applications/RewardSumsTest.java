package io.pitstop.kso.impl.applications;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.DealIncome;
import io.pitstop.kso.api.applications.ManagerIncome;
import io.pitstop.kso.api.applications.OfferSnapshot;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class RewardSumsTest {
    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    /** The seed's products: GAP 49 900 with reward 43 146, bank products 19 900 without one, legal help 180 000 with 152 000. */
    static OfferSnapshot seedOffer(BigDecimal programmeReward) {
        return new OfferSnapshot("113123", "Changer Direct", "Совкомбанк", m("14.3"), 36, m("1550000.00"),
                m("1000000.00"), m("62808.61"), programmeReward, List.of(
                        new ChosenProduct("GAP", m("49900.00"), "Ингосстрах", m("43146.00")),
                        new ChosenProduct("Продукты банка", m("19900.00"), "Совкомбанк", m("0.00")),
                        new ChosenProduct("Юр. помощь", m("180000.00"), "Автоюрист", m("152000.00"))));
    }

    @Test
    public void eachCounterpartyOwesItsProductsRewardsAndTheBankAlsoTheProgrammes() {
        Map<String, BigDecimal> owed = RewardSums.byCounterparty(seedOffer(m("15500.00")));
        assertEquals(3, owed.size());
        assertEquals(0, m("43146").compareTo(owed.get("Ингосстрах")));
        assertEquals(0, m("152000").compareTo(owed.get("Автоюрист")));
        assertEquals(0, m("15500").compareTo(owed.get("Совкомбанк")));
        assertEquals(0, m("210646").compareTo(owed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    @Test
    public void aCounterpartyWithNothingToPayOwesNothingAndOneNamedTwiceIsSummed() {
        OfferSnapshot o = new OfferSnapshot(null, null, "Банк", m("10"), 12, m("100000.00"), m("0.00"), m("8791.59"),
                m("0.00"), List.of(new ChosenProduct("КАСКО", m("30000.00"), "Страховая", m("3000.50")),
                        new ChosenProduct("Жизнь", m("20000.00"), "Страховая ", m("2000.25"))));
        Map<String, BigDecimal> owed = RewardSums.byCounterparty(o);
        assertEquals(Map.of("Страховая", m("5000.75")), owed);
        assertEquals(0, m("5000.75").compareTo(RewardSums.productRewards(o)));
    }

    @Test
    public void incomeIsSummedPerManagerInLoginOrder() {
        YearMonth month = YearMonth.of(2026, 12);
        Instant at = Instant.parse("2026-12-05T10:00:00Z");
        List<DealIncome> deals = List.of(
                new DealIncome(UUID.randomUUID(), UUID.randomUUID(), "petrov", at, "A", m("43146.00"), m("15500.00"), m("58646.00")),
                new DealIncome(UUID.randomUUID(), UUID.randomUUID(), "ivanova", at, "B", m("152000.00"), m("0.00"), m("152000.00")),
                new DealIncome(UUID.randomUUID(), UUID.randomUUID(), "petrov", at, "C", m("0.00"), m("1000.01"), m("1000.01")));
        List<ManagerIncome> income = RewardSums.perManager(month, deals);
        assertEquals(2, income.size());
        assertEquals("ivanova", income.get(0).manager());
        ManagerIncome petrov = income.get(1);
        assertEquals(2, petrov.deals());
        assertEquals(m("43146.00"), petrov.productRewards());
        assertEquals(m("16500.01"), petrov.programmeRewards());
        assertEquals(m("59646.01"), petrov.total());
        assertEquals(month, petrov.month());
        assertTrue(RewardSums.perManager(month, List.of()).isEmpty());
    }

    @Test
    public void aMonthRunsFromMidnightToMidnightInTheCompanysZone() {
        Instant[] b = RewardSums.bounds(YearMonth.of(2026, 1), ZoneId.of("Europe/Moscow"));
        assertEquals(Instant.parse("2025-12-31T21:00:00Z"), b[0]);
        assertEquals(Instant.parse("2026-01-31T21:00:00Z"), b[1]);
    }

    @Test
    public void aCounterpartysBookIsTheSameWhateverTheCase() {
        assertEquals(RewardPostings.book("Совкомбанк"), RewardPostings.book(" совкомбанк"));
        assertTrue(!RewardPostings.book("A").equals(RewardPostings.book("B")));
    }
}
