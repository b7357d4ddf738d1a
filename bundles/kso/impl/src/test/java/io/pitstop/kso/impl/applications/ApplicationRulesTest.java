package io.pitstop.kso.impl.applications;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.applications.ApplicationDraft;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.BankDecision;
import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.OfferSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class ApplicationRulesTest {
    /** A calculator answering one fixed payment: the rule under test compares, it does not calculate. */
    private static LoanCalculator paying(String payment) {
        return terms -> new LoanCalculation(terms, Money.of(payment, Money.RUB), Money.zero(Money.RUB), List.of());
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
            fail("refused expected");
            return List.of();
        } catch (ValidationException e) {
            return e.fieldErrors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    public void theSeedsOfferIsAccepted() {
        ApplicationRules.check(new ApplicationDraft(UUID.randomUUID(), null, RewardSumsTest.seedOffer(BigDecimal.ZERO)), null);
        ApplicationRules.check(new ApplicationDraft(UUID.randomUUID(), null, RewardSumsTest.seedOffer(BigDecimal.ZERO)),
                paying("62808.61"));
    }

    @Test
    public void everyBadFieldIsNamedAtOnce() {
        OfferSnapshot bad = new OfferSnapshot(null, null, " ", new BigDecimal("100.5"), 0, new BigDecimal("0"),
                new BigDecimal("-1"), new BigDecimal("1.001"), null, List.of(
                        new ChosenProduct("GAP", new BigDecimal("49900"), null, new BigDecimal("43146"))));
        List<String> f = fields(() -> ApplicationRules.check(new ApplicationDraft(null, null, bad), null));
        assertEquals(List.of("contactId", "offer.bank", "offer.amount", "offer.downPayment", "offer.monthlyPayment",
                "offer.annualRatePercent", "offer.termMonths", "offer.products[0].counterparty"), f);
    }

    @Test
    public void aPaymentOtherThanTheCalculatorsIsRefusedWholeRublesOfItAccepted() {
        OfferSnapshot o = RewardSumsTest.seedOffer(BigDecimal.ZERO);
        ApplicationDraft draft = new ApplicationDraft(UUID.randomUUID(), null, new OfferSnapshot(o.programmeId(),
                o.programmeName(), o.bank(), o.annualRatePercent(), o.termMonths(), o.amount(), o.downPayment(),
                new BigDecimal("62808"), o.programmeReward(), o.products()));
        ApplicationRules.check(draft, paying("62808.61"));
        assertEquals(List.of("offer.monthlyPayment"), fields(() -> ApplicationRules.check(draft, paying("62809.00"))));
        assertEquals(List.of("offer.monthlyPayment"), fields(() -> ApplicationRules.check(draft, paying("62807.99"))));
    }

    @Test
    public void leftOutAmountsAreStoredAsZero() {
        OfferSnapshot o = new OfferSnapshot(" ", null, " Банк ", new BigDecimal("0"), 12, new BigDecimal("120000"),
                null, new BigDecimal("10000"), null, List.of(new ChosenProduct("Жизнь", new BigDecimal("1"), " ", null)));
        OfferSnapshot n = ApplicationRules.normalised(o);
        assertEquals("Банк", n.bank());
        assertEquals(null, n.programmeId());
        assertEquals(new BigDecimal("0.00"), n.downPayment());
        assertEquals(new BigDecimal("0.00"), n.programmeReward());
        assertEquals(new BigDecimal("0.00"), n.products().get(0).reward());
        assertTrue(n.products().get(0).counterparty() == null);
    }

    @Test
    public void aBankDecisionsTermsAreCheckedEachNamed() {
        ApplicationRules.checkDecision(new BankDecision(ApplicationStatus.DECLINED, null, null, null, null, null, null));
        ApplicationRules.checkDecision(new BankDecision(ApplicationStatus.APPROVED, new BigDecimal("13.9"),
                new BigDecimal("1550000.00"), 36, new BigDecimal("52880.12"), "EC-1", null));
        assertEquals(List.of("annualRatePercent", "amount", "monthlyPayment", "termMonths", "reference"),
                fields(() -> ApplicationRules.checkDecision(new BankDecision(ApplicationStatus.APPROVED,
                        new BigDecimal("10.00005"), new BigDecimal("10.005"), -1, new BigDecimal("0"), "R".repeat(61), null))));
        assertEquals(List.of("annualRatePercent", "amount"), fields(() -> ApplicationRules.checkDecision(
                new BankDecision(ApplicationStatus.APPROVED, new BigDecimal("100.01"), new BigDecimal("-5"), null, null, null, null))));
    }
}
