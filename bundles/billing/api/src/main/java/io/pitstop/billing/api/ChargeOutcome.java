package io.pitstop.billing.api;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * What a charge did (or, in a preview, would do) to one account: {@code charged} the amount, {@code reserved} the
 * amount held for the next month, and the outcome with its reason when skipped, suspended or failed.
 */
public record ChargeOutcome(UUID accountId, YearMonth period, Result result, BigDecimal charged, BigDecimal reserved,
                            BigDecimal shortfall, String reason) {
    /** CHARGED: posted (and reserved what could be). SUSPENDED: funds short, account suspended. */
    public enum Result { CHARGED, SUSPENDED, SKIPPED, FAILED }
}
