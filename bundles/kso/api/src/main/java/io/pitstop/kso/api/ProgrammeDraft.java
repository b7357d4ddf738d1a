package io.pitstop.kso.api;

import java.math.BigDecimal;

/**
 * What a credit programme (кредитная программа) is made of, as an administrator or a bank's file gives it.
 *
 * @param code                  the bank's id of the programme (the file's «ID»); empty for an internal programme
 * @param location              the city the programme is sold in; empty: everywhere
 * @param defaultLocation       the location a new application starts with
 * @param bank                  the agency (bank) that lends
 * @param online                whether the bank decides online
 * @param downPaymentPercentMin smallest down payment in percent of the price, inclusive
 * @param downPaymentPercentMax largest down payment in percent of the price, inclusive (39.9999 allows 39.9999 %, not 40 %)
 * @param amountMin             smallest credit amount, inclusive, rubles with kopecks
 * @param residual              whether the programme has a residual (balloon) payment
 * @param residualPercentMin    smallest residual in percent of the price, when {@code residual}
 * @param kaskoTermMonths       the KASKO term the bank demands, when {@code kaskoRequired}
 * @param priority              the dealer's priority: offers sort by it, higher first
 */
public record ProgrammeDraft(String code, String location, String defaultLocation, String bank, boolean online,
                             String name, ProgrammeStatus status, BigDecimal annualRatePercent,
                             BigDecimal downPaymentPercentMin, BigDecimal downPaymentPercentMax,
                             BigDecimal amountMin, BigDecimal amountMax, int termMonthsMin, int termMonthsMax,
                             boolean residual, BigDecimal residualPercentMin, BigDecimal residualPercentMax,
                             boolean stateProgramme, boolean collateral, boolean kaskoRequired, Integer kaskoTermMonths,
                             boolean lifeInsuranceRequired, boolean gapRequired, int priority) {
}
