package io.pitstop.kso.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.Money;
import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.LoanCalculation;
import io.pitstop.kso.api.LoanTerms;
import io.pitstop.kso.api.SchedulePayment;
import java.math.BigDecimal;
import org.junit.Test;

/**
 * The expected figures were computed apart from this code, with Python's decimal module from the future-value
 * equation P·(1+r)^n − A·((1+r)^n − 1)/r = FV solved for A (not the present-value form the calculator uses), the
 * schedule then walked month by month with interest rounded HALF_UP; 8,884.88 for 100,000 at 12 % over 12 months is
 * also the textbook value.
 */
public class AnnuityCalculatorTest {
    private final AnnuityCalculator calculator = new AnnuityCalculator();

    private static LoanCalculation calc(String amount, String rate, int months, String residual) {
        return new AnnuityCalculator().calculate(new LoanTerms(Money.of(amount, "RUB"), new BigDecimal(rate), months,
                residual == null ? null : Money.of(residual, "RUB")));
    }

    private static void check(LoanCalculation c, String payment, String last, String interest, String end) {
        assertEquals(new BigDecimal(payment), c.monthlyPayment().amount());
        SchedulePayment lastRow = c.schedule().get(c.schedule().size() - 1);
        assertEquals("the last payment absorbs the rounding", new BigDecimal(last), lastRow.payment().amount());
        assertEquals(new BigDecimal(interest), c.totalInterest().amount());
        assertEquals("the balance ends at the residual exactly", new BigDecimal(end), lastRow.balance().amount());
        BigDecimal interestSum = BigDecimal.ZERO;
        for (SchedulePayment p : c.schedule()) {
            assertEquals(p.payment().amount(), p.interest().amount().add(p.principal().amount()));
            interestSum = interestSum.add(p.interest().amount());
            if (p.month() < c.schedule().size()) {
                assertEquals(c.monthlyPayment(), p.payment());
            }
        }
        assertEquals(c.totalInterest().amount(), interestSum);
    }

    @Test
    public void seedFigure() {
        // seed 003: 1,829,900 at 14.3 % over 36 months is 62,808 a month on the screen
        check(calc("1829900", "14.3", 36, null), "62808.61", "62808.37", "431209.72", "0.00");
    }

    @Test
    public void textbookCase() {
        check(calc("100000", "12", 12, null), "8884.88", "8884.85", "6618.53", "0.00");
    }

    @Test
    public void zeroRateIsEqualParts() {
        LoanCalculation c = calc("100000", "0", 7, null);
        check(c, "14285.71", "14285.74", "0.00", "0.00");
        c.schedule().forEach(p -> assertTrue(p.interest().isZero()));
    }

    @Test
    public void residualIsAFutureValue() {
        check(calc("1000000", "10", 36, "300000"), "25087.03", "25087.07", "203133.12", "300000.00");
    }

    @Test
    public void programmeLimits() {
        // the seed programme's smallest amount and term, and its largest
        check(calc("90000", "14.3", 24, null), "4333.93", "4333.84", "14014.23", "0.00");
        check(calc("6900000", "14.3", 48, null), "189592.71", "189592.49", "2200449.86", "0.00");
    }

    @Test
    public void oneMonthIsPrincipalPlusOneMonthsInterest() {
        check(calc("500000", "20", 1, null), "508333.33", "508333.33", "8333.33", "0.00");
    }

    @Test
    public void badTermsAreRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> calc("-1", "101", 0, null));
        assertEquals(3, e.fieldErrors().size());
        assertThrows(ValidationException.class, () -> calc("1000", "10", 12, "1000"));
        assertThrows(ValidationException.class, () -> calc("1000", "10", 601, null));
        assertThrows(ValidationException.class, () -> calc("1000", "-0.01", 12, null));
    }
}
