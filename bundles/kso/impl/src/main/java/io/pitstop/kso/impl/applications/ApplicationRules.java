package io.pitstop.kso.impl.applications;

import io.pitstop.core.api.Money;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.applications.ApplicationDraft;
import io.pitstop.kso.api.applications.BankDecision;
import io.pitstop.kso.api.applications.ChosenProduct;
import io.pitstop.kso.api.applications.OfferSnapshot;
import java.math.BigDecimal;
import java.util.List;

/** What a filed offer must hold; every field error at once, named as in the REST body ({@code offer.amount}). */
final class ApplicationRules {
    static final int MAX_PRODUCTS = 20;
    static final int MAX_TERM = 600;
    static final int NAME_LENGTH = 200;
    static final int PROGRAMME_ID_LENGTH = 60;
    static final BigDecimal HUNDRED = new BigDecimal("100");
    /**
     * The seed's screens show payments in whole rubles (62 808 for 62 808.61): a payment given without its kopecks
     * is the calculator's one when it is less than a ruble below it.
     */
    static final BigDecimal PAYMENT_TOLERANCE = BigDecimal.ONE;

    private ApplicationRules() {
    }

    static void check(ApplicationDraft draft, LoanCalculator calculator) {
        Validation v = new Validation();
        if (draft == null) {
            throw ValidationException.field("body", "is required");
        }
        v.required(draft.contactId(), "contactId");
        OfferSnapshot o = draft.offer();
        if (o == null) {
            v.require(false, "offer", "is required");
            v.throwIfInvalid();
            return;
        }
        text(v, o.bank(), "offer.bank", true, NAME_LENGTH);
        text(v, o.programmeName(), "offer.programmeName", false, NAME_LENGTH);
        text(v, o.programmeId(), "offer.programmeId", false, PROGRAMME_ID_LENGTH);
        money(v, o.amount(), "offer.amount", true);
        money(v, o.downPayment(), "offer.downPayment", false);
        money(v, o.monthlyPayment(), "offer.monthlyPayment", true);
        money(v, o.programmeReward(), "offer.programmeReward", false);
        v.require(o.annualRatePercent() != null, "offer.annualRatePercent", "is required");
        rate(v, o.annualRatePercent(), "offer.annualRatePercent");
        term(v, o.termMonths(), "offer.termMonths");
        List<ChosenProduct> products = o.products();
        v.require(products.size() <= MAX_PRODUCTS, "offer.products", "must hold at most " + MAX_PRODUCTS + " products");
        for (int i = 0; i < products.size() && i < MAX_PRODUCTS; i++) {
            String at = "offer.products[" + i + "]";
            ChosenProduct p = products.get(i);
            if (p == null) {
                v.require(false, at, "is required");
                continue;
            }
            text(v, p.name(), at + ".name", true, NAME_LENGTH);
            v.require(p.price() != null, at + ".price", "is required");
            money(v, p.price(), at + ".price", false);
            money(v, p.reward(), at + ".reward", false);
            boolean rewarded = p.reward() != null && p.reward().signum() > 0;
            text(v, p.counterparty(), at + ".counterparty", rewarded, NAME_LENGTH);
        }
        v.throwIfInvalid();
        checkPayment(o, calculator);
    }

    /**
     * The bank's terms as the broker (or a manager) brings them, checked before anything else: a repeated answer
     * changes nothing, but a malformed one is refused even then. Fields are named as in the broker's answer.
     */
    static void checkDecision(BankDecision d) {
        Validation v = new Validation();
        rate(v, d.annualRatePercent(), "annualRatePercent");
        // the bank's terms may be left out (a decline has none); given, each is a positive amount
        if (d.amount() != null) {
            money(v, d.amount(), "amount", true);
        }
        if (d.monthlyPayment() != null) {
            money(v, d.monthlyPayment(), "monthlyPayment", true);
        }
        if (d.termMonths() != null) {
            term(v, d.termMonths(), "termMonths");
        }
        text(v, d.reference(), "reference", false, PROGRAMME_ID_LENGTH);
        v.throwIfInvalid();
    }

    /** A yearly rate in percent from 0 to 100 with at most four decimals (39.9999 is the seed's finest); null passes. */
    private static void rate(Validation v, BigDecimal rate, String field) {
        if (rate != null) {
            v.require(rate.signum() >= 0 && rate.compareTo(HUNDRED) <= 0, field, "must be from 0 to 100");
            v.require(rate.stripTrailingZeros().scale() <= 4, field, "must have at most 4 decimal places");
        }
    }

    private static void term(Validation v, int months, String field) {
        v.require(months >= 1 && months <= MAX_TERM, field, "must be from 1 to " + MAX_TERM);
    }

    /** With a calculator running, the payment must be the annuity of the offer's terms; without one it is taken as given. */
    static void checkPayment(OfferSnapshot o, LoanCalculator calculator) {
        if (calculator == null) {
            return;
        }
        LoanCalculation c = calculator.calculate(new LoanTerms(Money.of(o.amount(), Money.RUB, "offer.amount"),
                o.annualRatePercent(), o.termMonths(), Money.zero(Money.RUB)));
        BigDecimal expected = c.monthlyPayment().amount();
        BigDecimal gap = expected.subtract(o.monthlyPayment());
        if (gap.signum() < 0 || gap.compareTo(PAYMENT_TOLERANCE) >= 0) {
            throw ValidationException.field("offer.monthlyPayment", "must be " + expected.toPlainString()
                    + " for these terms, got " + o.monthlyPayment().toPlainString());
        }
    }

    /** The offer as stored: amounts left out are zero, texts stripped, empty texts absent. */
    static OfferSnapshot normalised(OfferSnapshot o) {
        List<ChosenProduct> products = o.products().stream().map(p -> new ChosenProduct(p.name().strip(),
                p.price().setScale(Money.SCALE), blankToNull(p.counterparty()), zeroIfNull(p.reward()))).toList();
        return new OfferSnapshot(blankToNull(o.programmeId()), blankToNull(o.programmeName()), o.bank().strip(),
                o.annualRatePercent(), o.termMonths(), o.amount().setScale(Money.SCALE), zeroIfNull(o.downPayment()),
                o.monthlyPayment().setScale(Money.SCALE), zeroIfNull(o.programmeReward()), products);
    }

    private static BigDecimal zeroIfNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(Money.SCALE) : value.setScale(Money.SCALE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void text(Validation v, String value, String field, boolean required, int max) {
        boolean blank = value == null || value.isBlank();
        v.require(!required || !blank, field, "is required");
        if (!blank) {
            v.maxLength(value, max, field);
        }
    }

    /** A positive amount is required; a non-negative one may be left out (zero). */
    private static void money(Validation v, BigDecimal value, String field, boolean positive) {
        if (value == null) {
            v.require(!positive, field, "is required");
            return;
        }
        v.require(value.stripTrailingZeros().scale() <= Money.SCALE, field, "must have at most 2 decimal places");
        v.require(value.abs().compareTo(new BigDecimal("1000000000000")) < 0, field, "is too large");
        if (positive) {
            v.require(value.signum() > 0, field, "must be greater than zero");
        } else {
            v.require(value.signum() >= 0, field, "must not be negative");
        }
    }
}
