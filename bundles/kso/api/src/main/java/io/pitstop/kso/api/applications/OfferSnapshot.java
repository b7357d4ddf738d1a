package io.pitstop.kso.api.applications;

import java.math.BigDecimal;
import java.util.List;

/**
 * The offer an application was filed with, copied as the calculation gave it, so that later changes of a programme
 * never change an application filed before them.
 *
 * @param programmeId      the credit programme's id (free text: a bank's id from its file, or an internal one)
 * @param bank             the bank (агентство) that lends, and pays the programme's reward
 * @param amount           the credit amount (what the bank lends)
 * @param monthlyPayment   the annuity payment, checked against the loan calculator when one runs
 * @param programmeReward  the bank's reward to the dealer for the loan; zero when none
 * @param products         the chosen finance products, each with its reward and counterparty
 */
public record OfferSnapshot(String programmeId, String programmeName, String bank, BigDecimal annualRatePercent,
                            int termMonths, BigDecimal amount, BigDecimal downPayment, BigDecimal monthlyPayment,
                            BigDecimal programmeReward, List<ChosenProduct> products) {
    public OfferSnapshot {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
