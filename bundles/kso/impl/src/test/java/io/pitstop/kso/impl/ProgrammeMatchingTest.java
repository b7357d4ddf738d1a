package io.pitstop.kso.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.FinanceProduct;
import io.pitstop.kso.api.FinanceProductDraft;
import io.pitstop.kso.api.Offer;
import io.pitstop.kso.api.OfferRequest;
import io.pitstop.kso.api.Offers;
import io.pitstop.kso.api.ProgrammeDraft;
import io.pitstop.kso.api.ProgrammeStatus;
import io.pitstop.kso.api.Refusal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class ProgrammeMatchingTest {
    /** The seed's programme card: 20 % to 39.9999 %, 90,000 to 6,900,000, 24 to 48 months. */
    static CreditProgramme seed(String name, String rate, int priority, String location) {
        return CreditProgramme.of(UUID.randomUUID(), new ProgrammeDraft(null, location, location, "СОБКОВАНК ПАО", true, name,
                ProgrammeStatus.NEW, new BigDecimal(rate), new BigDecimal("20"), new BigDecimal("39.9999"),
                new BigDecimal("90000.00"), new BigDecimal("6900000.00"), 24, 48, false, null, null, false, true, true, 12,
                false, false, priority), Instant.EPOCH);
    }

    private static final CreditProgramme SEED = seed("Changer Direct", "14.3", 5, "Смоленск");

    private static Offers.Result match(String price, String down, int term, List<UUID> financed, List<FinanceProduct> products,
                                       CreditProgramme... programmes) {
        return ProgrammeMatching.match(new OfferRequest(new BigDecimal(price), new BigDecimal(down), null, term, financed,
                null, null, null, null), List.of(programmes), products, new AnnuityCalculator());
    }

    private static String reason(Offers.Result r) {
        return r.ineligible().isEmpty() ? "eligible" : r.ineligible().get(0).reason();
    }

    @Test
    public void downPaymentBoundsAreExact() {
        assertEquals("39.9999 % is allowed", "eligible", reason(match("1000000", "399999", 36, List.of(), List.of(), SEED)));
        assertEquals("40 % is not", Refusal.DOWN_PAYMENT, reason(match("1000000", "400000", 36, List.of(), List.of(), SEED)));
        assertEquals("20 % is", "eligible", reason(match("1000000", "200000", 36, List.of(), List.of(), SEED)));
        assertEquals("a kopeck under 20 % is not", Refusal.DOWN_PAYMENT, reason(match("1000000", "199999.99", 36, List.of(), List.of(), SEED)));
    }

    @Test
    public void termAndAmountBoundsAreInclusive() {
        assertEquals("eligible", reason(match("1000000", "300000", 24, List.of(), List.of(), SEED)));
        assertEquals("eligible", reason(match("1000000", "300000", 48, List.of(), List.of(), SEED)));
        CreditProgramme longer = CreditProgramme.of(UUID.randomUUID(), new ProgrammeDraft(null, null, null, "Банк", false, "Long",
                ProgrammeStatus.ACTIVE, BigDecimal.TEN, BigDecimal.ZERO, new BigDecimal("90"), new BigDecimal("90000.00"),
                new BigDecimal("6900000.00"), 12, 60, false, null, null, false, false, false, null, false, false, 0), Instant.EPOCH);
        Offers.Result r = match("1000000", "300000", 49, List.of(), List.of(), SEED, longer);
        assertEquals(Refusal.TERM, reason(r));
        assertEquals("24–48", r.ineligible().get(0).limit());
        // the amount lent, to the kopeck, against 90,000 and 6,900,000 (a programme taking any down payment)
        assertEquals("eligible", reason(match("90000", "0", 36, List.of(), List.of(), longer)));
        assertEquals(Refusal.AMOUNT, reason(match("89999.99", "0", 36, List.of(), List.of(), longer)));
        assertEquals("eligible", reason(match("6900000.01", "0.01", 36, List.of(), List.of(), longer)));
        assertEquals(Refusal.AMOUNT, reason(match("6900000.01", "0", 36, List.of(), List.of(), longer)));
    }

    @Test
    public void financedProductsCountTowardsTheAmountAndTheReward() {
        FinanceProduct gap = FinanceProduct.of(UUID.randomUUID(), new FinanceProductDraft("GAP", "gap", List.of(), 12,
                new BigDecimal("49900.00"), List.of(new FinanceProductDraft.Reward("Страховщик", new BigDecimal("43146.00"))),
                List.of(SEED.id()), List.of(), List.of(), null, null, null, true), Instant.EPOCH);
        FinanceProduct legal = FinanceProduct.of(UUID.randomUUID(), new FinanceProductDraft("Юр. помощь", "legal", List.of(), 0,
                new BigDecimal("180000.00"), List.of(new FinanceProductDraft.Reward("Юр. партнёр", new BigDecimal("152000.00"))),
                List.of(), List.of(), List.of(), null, null, null, true), Instant.EPOCH);
        // 6,850,000 lent on the car alone is within 6,900,000; with legal help financed it is not
        assertEquals("eligible", reason(match("9000000", "2150000", 36, List.of(), List.of(gap, legal), SEED)));
        Offers.Result over = match("9000000", "2150000", 36, List.of(legal.id()), List.of(gap, legal), SEED);
        assertEquals(Refusal.AMOUNT, reason(over));
        assertEquals("7030000.00", over.ineligible().get(0).value());
        Offers.Result r = match("2829900", "1000000", 36, List.of(legal.id()), List.of(gap, legal), SEED);
        Offer offer = r.eligible().get(0);
        assertEquals(new BigDecimal("2009900.00"), offer.financedAmount());
        assertEquals("GAP is mandatory for the programme", 1, offer.mandatoryProducts().size());
        assertEquals("mandatory GAP and financed legal help", new BigDecimal("195146.00"), offer.reward());
    }

    @Test
    public void aProductPricedForTheDealCountsAtThatPrice() {
        FinanceProduct legal = FinanceProduct.of(UUID.randomUUID(), new FinanceProductDraft("Юр. помощь", "legal", List.of(), 0,
                new BigDecimal("180000.00"), List.of(new FinanceProductDraft.Reward("Юр. партнёр", new BigDecimal("152000.00"))),
                List.of(), List.of(), List.of(), null, null, null, true), Instant.EPOCH);
        // 1,700,000 for the car and legal help at 129,900 in this deal: the seed's 1,829,900
        Offers.Result r = ProgrammeMatching.match(new OfferRequest(new BigDecimal("2700000"), new BigDecimal("1000000"), null, 36,
                List.of(legal.id()), null, null, null, null, List.of(new BigDecimal("129900"))), List.of(SEED), List.of(legal),
                new AnnuityCalculator());
        assertEquals(new BigDecimal("129900.00"), r.makeUp().items().get(0).amount().setScale(2));
        assertEquals(new BigDecimal("1829900.00"), r.eligible().get(0).financedAmount());
        assertEquals(new BigDecimal("62808.61"), r.eligible().get(0).monthlyPayment());
        ValidationException e = assertThrows(ValidationException.class, () -> ProgrammeMatching.match(new OfferRequest(
                new BigDecimal("2700000"), new BigDecimal("1000000"), null, 36, List.of(legal.id()), null, null, null, null,
                List.of(new BigDecimal("-1"))), List.of(SEED), List.of(legal), new AnnuityCalculator()));
        assertEquals("products[0].amount", e.fieldErrors().get(0).field());
    }

    @Test
    public void seedDealAndSortOrders() {
        CreditProgramme cheap = seed("Cheap", "9.9", 1, null);
        Offers.Result r = match("2829900", "1000000", 36, List.of(), List.of(), SEED, cheap);
        assertEquals("the seed's 1,829,900 at 14.3 %", new BigDecimal("62808.61"), r.eligible().get(0).monthlyPayment());
        Offers.Result byPayment = ProgrammeMatching.match(new OfferRequest(new BigDecimal("2500000"), null, new BigDecimal("30"),
                36, List.of(), null, null, null, "payment"), List.of(SEED, cheap), List.of(), new AnnuityCalculator());
        assertEquals("Cheap", byPayment.eligible().get(0).name());
        assertEquals("the percent gives the rubles", new BigDecimal("750000.00"), byPayment.makeUp().downPayment());
    }

    @Test
    public void locationAndStatusRefuse() {
        Offers.Result r = ProgrammeMatching.match(new OfferRequest(new BigDecimal("1000000"), new BigDecimal("300000"), null, 36,
                List.of(), "Мурманск", null, null, null), List.of(SEED), List.of(), new AnnuityCalculator());
        assertEquals(Refusal.LOCATION, reason(r));
    }

    @Test
    public void badRequestsAreRefused() {
        assertThrows(ValidationException.class, () -> match("1000000", "1000000.01", 36, List.of(), List.of(), SEED));
        assertThrows(ValidationException.class, () -> match("1000000", "-1", 36, List.of(), List.of(), SEED));
        assertThrows(ValidationException.class, () -> match("0", "0", 36, List.of(), List.of(), SEED));
        ValidationException e = assertThrows(ValidationException.class, () -> match("1000000", "300000", 60, List.of(), List.of(), SEED));
        assertEquals("termMonths", e.fieldErrors().get(0).field());
        assertThrows(ValidationException.class, () -> match("1000000", "300000", 36, List.of(UUID.randomUUID()), List.of(), SEED));
    }
}
