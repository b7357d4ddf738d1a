package io.pitstop.kso.api;

import io.pitstop.core.api.RecordRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A stored credit programme: its draft's fields under the id the server gave it. See {@link ProgrammeDraft}. */
public record CreditProgramme(UUID id, String code, String location, String defaultLocation, String bank,
                              boolean online, String name, ProgrammeStatus status, BigDecimal annualRatePercent,
                              BigDecimal downPaymentPercentMin, BigDecimal downPaymentPercentMax,
                              BigDecimal amountMin, BigDecimal amountMax, int termMonthsMin, int termMonthsMax,
                              boolean residual, BigDecimal residualPercentMin, BigDecimal residualPercentMax,
                              boolean stateProgramme, boolean collateral, boolean kaskoRequired, Integer kaskoTermMonths,
                              boolean lifeInsuranceRequired, boolean gapRequired, int priority, Instant updatedAt) {
    /** The record type of programmes in audit records and links. */
    public static final String TYPE = "kso-programme";

    public RecordRef ref() {
        return new RecordRef(TYPE, id);
    }

    public static CreditProgramme of(UUID id, ProgrammeDraft d, Instant updatedAt) {
        return new CreditProgramme(id, d.code(), d.location(), d.defaultLocation(), d.bank(), d.online(), d.name(),
                d.status(), d.annualRatePercent(), d.downPaymentPercentMin(), d.downPaymentPercentMax(), d.amountMin(),
                d.amountMax(), d.termMonthsMin(), d.termMonthsMax(), d.residual(), d.residualPercentMin(),
                d.residualPercentMax(), d.stateProgramme(), d.collateral(), d.kaskoRequired(), d.kaskoTermMonths(),
                d.lifeInsuranceRequired(), d.gapRequired(), d.priority(), updatedAt);
    }
}
