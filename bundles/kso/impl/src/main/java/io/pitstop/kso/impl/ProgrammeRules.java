package io.pitstop.kso.impl;

import io.pitstop.core.api.Validation;
import io.pitstop.kso.api.ProgrammeDraft;
import java.math.BigDecimal;

/** What makes a credit programme: every broken rule at once, each naming its field as REST and the file call it. */
final class ProgrammeRules {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Above the largest amount Money holds with room; a bank's limit beyond this is a typo. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private ProgrammeRules() {
    }

    static void check(ProgrammeDraft d) {
        Validation v = new Validation();
        collect(d, v);
        v.throwIfInvalid();
    }

    static void collect(ProgrammeDraft d, Validation v) {
        text(v, d.name(), "name", true);
        text(v, d.bank(), "bank", true);
        text(v, d.code(), "code", false);
        v.require(d.code() == null || d.code().length() <= 64, "code", "must be at most 64 characters");
        text(v, d.location(), "location", false);
        text(v, d.defaultLocation(), "defaultLocation", false);
        v.required(d.status(), "status");
        percent(v, d.annualRatePercent(), "annualRatePercent", true);
        percent(v, d.downPaymentPercentMin(), "downPaymentPercentMin", true);
        percent(v, d.downPaymentPercentMax(), "downPaymentPercentMax", true);
        if (d.downPaymentPercentMin() != null && d.downPaymentPercentMax() != null) {
            v.require(d.downPaymentPercentMin().compareTo(d.downPaymentPercentMax()) <= 0, "downPaymentPercentMax",
                    "must not be below downPaymentPercentMin");
        }
        amount(v, d.amountMin(), "amountMin");
        amount(v, d.amountMax(), "amountMax");
        if (d.amountMin() != null && d.amountMax() != null) {
            v.require(d.amountMin().compareTo(d.amountMax()) <= 0, "amountMax", "must not be below amountMin");
        }
        v.require(d.termMonthsMin() >= 1 && d.termMonthsMin() <= AnnuityCalculator.MAX_TERM, "termMonthsMin",
                "must be a whole number from 1 to " + AnnuityCalculator.MAX_TERM);
        v.require(d.termMonthsMax() >= 1 && d.termMonthsMax() <= AnnuityCalculator.MAX_TERM, "termMonthsMax",
                "must be a whole number from 1 to " + AnnuityCalculator.MAX_TERM);
        v.require(d.termMonthsMin() <= d.termMonthsMax(), "termMonthsMax", "must not be below termMonthsMin");
        percent(v, d.residualPercentMin(), "residualPercentMin", false);
        percent(v, d.residualPercentMax(), "residualPercentMax", false);
        if (d.residualPercentMin() != null && d.residualPercentMax() != null) {
            v.require(d.residualPercentMin().compareTo(d.residualPercentMax()) <= 0, "residualPercentMax",
                    "must not be below residualPercentMin");
        }
        v.require(d.residual() || d.residualPercentMin() == null && d.residualPercentMax() == null, "residual",
                "must be true when a residual range is given");
        v.require(d.kaskoTermMonths() == null || d.kaskoTermMonths() >= 1 && d.kaskoTermMonths() <= 120, "kaskoTermMonths",
                "must be a whole number from 1 to 120");
        v.require(d.priority() >= 0 && d.priority() <= 1000, "priority", "must be a whole number from 0 to 1000");
    }

    private static void text(Validation v, String value, String field, boolean required) {
        if (required) {
            v.required(value, field);
        }
        v.maxLength(value, 200, field);
    }

    static void percent(Validation v, BigDecimal value, String field, boolean required) {
        if (value == null) {
            if (required) {
                v.required(null, field);
            }
            return;
        }
        v.require(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, field, "must be from 0 to 100");
        v.require(value.stripTrailingZeros().scale() <= 4, field, "must have at most 4 decimal places");
    }

    static void amount(Validation v, BigDecimal value, String field) {
        if (value == null) {
            v.required(null, field);
            return;
        }
        v.require(value.signum() > 0, field, "must be greater than zero");
        v.require(value.compareTo(MAX_AMOUNT) < 0, field, "is too large");
        v.require(value.stripTrailingZeros().scale() <= 2, field, "must have at most 2 decimal places");
    }
}
