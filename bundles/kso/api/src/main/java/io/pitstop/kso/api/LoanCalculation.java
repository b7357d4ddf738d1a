package io.pitstop.kso.api;

import io.pitstop.core.api.Money;
import java.util.List;

/**
 * A calculated loan: the annuity payment to the kopeck, the full schedule whose last payment absorbs the rounding,
 * and the total interest.
 */
public record LoanCalculation(LoanTerms terms, Money monthlyPayment, Money totalInterest, List<SchedulePayment> schedule) {
    public LoanCalculation {
        schedule = List.copyOf(schedule);
    }
}
