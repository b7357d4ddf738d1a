package io.pitstop.kso.api;

import io.pitstop.core.api.Money;
import java.math.BigDecimal;

/**
 * What a loan is calculated from.
 *
 * @param amount            the financed amount (what the bank lends), positive
 * @param annualRatePercent nominal annual rate in percent, 0 to 100 (0 is an interest-free programme)
 * @param termMonths        the number of monthly payments, at least 1
 * @param residual          the balloon payment left after the last monthly payment; zero when the programme has none
 */
public record LoanTerms(Money amount, BigDecimal annualRatePercent, int termMonths, Money residual) {
}
