package io.pitstop.documents.api;

import java.math.BigDecimal;

/**
 * How an entity charges VAT (НДС). Since 1 January 2026 the general rate in Russia is 22 % (it was 20 % before);
 * the simplified system (УСН) either has no VAT or, above the income threshold, the reduced 5 % or 7 %.
 * Prices in documents include VAT; the VAT line shows the part of the total that is tax.
 */
public enum VatMode {
    /** УСН, НДС не облагается. */
    NONE(null),
    VAT_5(new BigDecimal("5")),
    VAT_7(new BigDecimal("7")),
    /** ОСН until the end of 2025. */
    VAT_20(new BigDecimal("20")),
    /** ОСН from 2026. */
    VAT_22(new BigDecimal("22"));

    private final BigDecimal rate;

    VatMode(BigDecimal rate) {
        this.rate = rate;
    }

    /** The rate in percent, or null when no VAT is charged. */
    public BigDecimal rate() {
        return rate;
    }
}
