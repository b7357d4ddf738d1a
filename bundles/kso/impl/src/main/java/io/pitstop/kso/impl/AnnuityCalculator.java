package io.pitstop.kso.impl;

import io.pitstop.core.api.Money;
import io.pitstop.core.api.Validation;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanCalculator;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.SchedulePayment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The annuity as banks compute it: payment = (P − FV·(1+r)^−n)·r / (1 − (1+r)^−n) with r = rate/12/100, rounded
 * HALF_UP to kopecks; each month's interest is the balance times r rounded HALF_UP, the rest of the payment repays
 * principal, and the last payment is whatever brings the balance to the residual exactly, so the rounding of every
 * month ends up there rather than in a balance a kopeck off. A zero rate splits P − FV into equal parts.
 */
@Component(service = LoanCalculator.class)
public class AnnuityCalculator implements LoanCalculator {
    /** Fifty years: no car loan is longer, and a schedule stays a page. */
    static final int MAX_TERM = 600;
    /** 34 significant digits: (1+r)^600 keeps every kopeck of the largest amount Money holds. */
    private static final MathContext MATH = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    @Override
    public LoanCalculation calculate(LoanTerms terms) {
        Money amount = terms.amount();
        Money residual = terms.residual() == null && amount != null ? Money.zero(amount.currency()) : terms.residual();
        BigDecimal rate = terms.annualRatePercent();
        int n = terms.termMonths();
        Validation v = new Validation();
        v.required(amount, "amount");
        v.require(amount == null || amount.isPositive(), "amount", "must be greater than zero");
        v.required(rate, "annualRatePercent");
        v.require(rate == null || rate.signum() >= 0 && rate.compareTo(HUNDRED) <= 0, "annualRatePercent", "must be from 0 to 100");
        v.require(n >= 1 && n <= MAX_TERM, "termMonths", "must be a whole number from 1 to " + MAX_TERM);
        v.require(residual == null || !residual.isNegative(), "residual", "must not be negative");
        v.require(residual == null || amount == null || !amount.isPositive() || residual.compareTo(amount) < 0, "residual", "must be below the amount");
        v.throwIfInvalid();
        BigDecimal r = rate.divide(MONTHS, MATH).divide(HUNDRED, MATH);
        Money payment = Money.rounded(payment(amount.amount(), residual.amount(), r, n), amount.currency());
        List<SchedulePayment> schedule = new ArrayList<>(n);
        Money balance = amount;
        Money totalInterest = Money.zero(amount.currency());
        for (int month = 1; month <= n; month++) {
            Money interest = balance.times(r);
            Money principal = month < n ? payment.minus(interest) : balance.minus(residual);
            balance = balance.minus(principal);
            totalInterest = totalInterest.plus(interest);
            schedule.add(new SchedulePayment(month, interest.plus(principal), interest, principal, balance));
        }
        return new LoanCalculation(new LoanTerms(amount, rate, n, residual), payment, totalInterest, schedule);
    }

    /** The unrounded payment: the present value less the residual's present value, spread as an annuity. */
    static BigDecimal payment(BigDecimal principal, BigDecimal residual, BigDecimal r, int n) {
        if (r.signum() == 0) {
            return principal.subtract(residual).divide(BigDecimal.valueOf(n), MATH);
        }
        BigDecimal discount = BigDecimal.ONE.divide(BigDecimal.ONE.add(r).pow(n, MATH), MATH); // (1+r)^-n
        BigDecimal financed = principal.subtract(residual.multiply(discount, MATH));
        return financed.multiply(r, MATH).divide(BigDecimal.ONE.subtract(discount), MATH);
    }
}
