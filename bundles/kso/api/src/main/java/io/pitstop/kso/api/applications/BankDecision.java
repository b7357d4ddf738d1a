package io.pitstop.kso.api.applications;

import java.math.BigDecimal;

/**
 * The bank's answer as the broker brought it: approved with its own terms (which may differ from the offer's), or
 * declined with its reason.
 *
 * @param reference the broker's id of the application, for talking to the broker about it
 */
public record BankDecision(ApplicationStatus decision, BigDecimal annualRatePercent, BigDecimal amount,
                           Integer termMonths, BigDecimal monthlyPayment, String reference, String comment) {
}
