package io.pitstop.kso.api;

import org.osgi.annotation.versioning.ProviderType;

/** The loan calculator: annuity payments and schedules, exact to the kopeck. */
@ProviderType
public interface LoanCalculator {
    /**
     * @throws io.pitstop.core.api.ValidationException naming the field ({@code amount}, {@code annualRatePercent},
     *         {@code termMonths}, {@code residual}) when the terms cannot make a loan
     */
    LoanCalculation calculate(LoanTerms terms);
}
