package io.pitstop.kso.impl;

import io.pitstop.core.api.Money;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.CreditProgramme;
import io.pitstop.kso.api.FinanceProduct;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.LoanMakeUp;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.Offer;
import io.pitstop.kso.api.OfferRequest;
import io.pitstop.kso.api.Offers;
import io.pitstop.kso.api.Refusal;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which programmes a deal qualifies for, as pure rules over the programmes and products given, so that every
 * boundary is tested without a database. Limits are inclusive and compared exactly: the down payment's share is
 * never rounded before it is compared (39.9999 % of the price passes a 39.9999 % maximum, 40 % does not), and the
 * amount compared with a programme's limits is what the bank lends: price − down payment + the products the client
 * chose to finance.
 */
final class ProgrammeMatching {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgrammeMatching() {
    }

    static Offers.Result match(OfferRequest request, List<CreditProgramme> programmes, List<FinanceProduct> products,
                               LoanCalculator calculator) {
        Validation v = new Validation();
        v.required(request.price(), "price");
        v.require(request.price() == null || request.price().signum() > 0, "price", "must be greater than zero");
        v.require(request.price() == null || request.price().stripTrailingZeros().scale() <= 2, "price", "must have at most 2 decimal places");
        v.require(request.price() == null || request.price().compareTo(ProgrammeRules.MAX_AMOUNT) < 0, "price", "is too large");
        v.require(request.downPayment() == null || request.downPayment().stripTrailingZeros().scale() <= 2, "downPayment",
                "must have at most 2 decimal places");
        v.require(request.termMonths() >= 1 && request.termMonths() <= AnnuityCalculator.MAX_TERM, "termMonths",
                "must be a whole number from 1 to " + AnnuityCalculator.MAX_TERM);
        v.require(request.sort() == null || request.sort().equals(OfferRequest.BY_PRIORITY) || request.sort().equals(OfferRequest.BY_PAYMENT),
                "sort", "must be one of priority, payment");
        Map<UUID, FinanceProduct> byId = new LinkedHashMap<>();
        products.forEach(p -> byId.put(p.id(), p));
        List<LoanMakeUp.Item> items = new ArrayList<>();
        List<FinanceProduct> financed = new ArrayList<>();
        for (int i = 0; i < request.financedProducts().size(); i++) {
            FinanceProduct p = byId.get(request.financedProducts().get(i));
            v.require(p != null, "financedProducts[" + i + "]", "no finance product with id " + request.financedProducts().get(i));
            if (p != null) {
                BigDecimal dealPrice = request.financedAmount(i);
                v.require(dealPrice == null || dealPrice.stripTrailingZeros().scale() <= 2, "financedAmounts[" + i + "]",
                        "must have at most 2 decimal places");
                items.add(new LoanMakeUp.Item(p.name(), dealPrice == null ? p.price() : dealPrice));
                financed.add(p);
            }
        }
        v.require(request.financedAmounts().size() <= request.financedProducts().size(), "financedAmounts",
                "must not have more items than financedProducts");
        v.throwIfInvalid();
        LoanMakeUp makeUp = LoanMakeUp.of(request.price(), request.downPayment(), request.downPaymentPercent(), items);
        List<CreditProgramme> offerable = programmes.stream().filter(p -> p.status().offerable()).toList();
        if (!offerable.isEmpty() && offerable.stream().noneMatch(p -> within(request.termMonths(), p))) {
            throw ValidationException.field("termMonths", "is outside every programme's term: from "
                    + offerable.stream().mapToInt(CreditProgramme::termMonthsMin).min().getAsInt() + " to "
                    + offerable.stream().mapToInt(CreditProgramme::termMonthsMax).max().getAsInt() + " months");
        }
        List<Offer> eligible = new ArrayList<>();
        List<Refusal> ineligible = new ArrayList<>();
        for (CreditProgramme p : programmes) {
            Refusal refusal = refusal(request, makeUp, p);
            if (refusal != null) {
                ineligible.add(refusal);
            } else {
                eligible.add(offer(request, makeUp, p, products, financed, calculator));
            }
        }
        Comparator<Offer> byPriority = Comparator.comparingInt(Offer::priority).reversed();
        Comparator<Offer> byPayment = Comparator.comparing(Offer::monthlyPayment);
        eligible.sort(OfferRequest.BY_PAYMENT.equals(request.sort()) ? byPayment.thenComparing(byPriority)
                : byPriority.thenComparing(byPayment));
        return new Offers.Result(makeUp, eligible, ineligible);
    }

    private static boolean within(int term, CreditProgramme p) {
        return term >= p.termMonthsMin() && term <= p.termMonthsMax();
    }

    /** The first limit the deal breaks, or null. */
    static Refusal refusal(OfferRequest request, LoanMakeUp makeUp, CreditProgramme p) {
        if (!p.status().offerable()) {
            return refused(p, Refusal.STATUS, "ACTIVE", p.status().name());
        }
        if (request.location() != null && !request.location().isBlank() && p.location() != null
                && !p.location().equalsIgnoreCase(request.location().strip())) {
            return refused(p, Refusal.LOCATION, p.location(), request.location().strip());
        }
        // share × price compared with down payment × 100: exact, whatever the number of decimals
        BigDecimal paidTimes100 = makeUp.downPayment().multiply(HUNDRED);
        if (paidTimes100.compareTo(makeUp.price().multiply(p.downPaymentPercentMin())) < 0
                || paidTimes100.compareTo(makeUp.price().multiply(p.downPaymentPercentMax())) > 0) {
            return refused(p, Refusal.DOWN_PAYMENT, p.downPaymentPercentMin().toPlainString() + "–"
                    + p.downPaymentPercentMax().toPlainString() + " %", makeUp.downPaymentPercent().stripTrailingZeros().toPlainString() + " %");
        }
        if (!within(request.termMonths(), p)) {
            return refused(p, Refusal.TERM, p.termMonthsMin() + "–" + p.termMonthsMax(), String.valueOf(request.termMonths()));
        }
        if (makeUp.financedAmount().compareTo(p.amountMin()) < 0 || makeUp.financedAmount().compareTo(p.amountMax()) > 0) {
            return refused(p, Refusal.AMOUNT, p.amountMin().toPlainString() + "–" + p.amountMax().toPlainString(),
                    makeUp.financedAmount().toPlainString());
        }
        return null;
    }

    private static Refusal refused(CreditProgramme p, String reason, String limit, String value) {
        return new Refusal(p.id(), p.name(), p.bank(), reason, limit, value);
    }

    private static Offer offer(OfferRequest request, LoanMakeUp makeUp, CreditProgramme p, List<FinanceProduct> products,
                               List<FinanceProduct> financed, LoanCalculator calculator) {
        BigDecimal residual = BigDecimal.ZERO.setScale(2);
        if (p.residual() && p.residualPercentMin() != null) {
            residual = makeUp.price().multiply(p.residualPercentMin()).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            if (residual.compareTo(makeUp.financedAmount()) >= 0) {
                residual = BigDecimal.ZERO.setScale(2); // a balloon as large as the loan is no annuity: quote it without
            }
        }
        LoanCalculation c = calculator.calculate(new LoanTerms(Money.of(makeUp.financedAmount(), Money.RUB), p.annualRatePercent(),
                request.termMonths(), Money.of(residual, Money.RUB)));
        List<Offer.ProductLine> mandatory = new ArrayList<>();
        Map<UUID, FinanceProduct> rewarded = new LinkedHashMap<>();
        for (FinanceProduct product : products) {
            if (product.mandatoryFor().contains(p.id()) && product.appliesTo(request.make(), request.model(), makeUp.price())) {
                mandatory.add(new Offer.ProductLine(product.id(), product.name(), product.price(), product.totalReward()));
                rewarded.put(product.id(), product);
            }
        }
        financed.forEach(f -> rewarded.put(f.id(), f));
        BigDecimal reward = rewarded.values().stream().map(FinanceProduct::totalReward).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Offer(p.id(), p.name(), p.bank(), p.priority(), p.annualRatePercent(), makeUp.financedAmount(), residual,
                c.monthlyPayment().amount(), c.totalInterest().amount(), mandatory, reward);
    }
}
