package io.pitstop.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A new product: code (unique, letters, digits, {@code -}, {@code _}, {@code .}), name, prices per unit by cycle (at
 * least one; {@code FREE} only at 0), VAT rate in percent (null: 0) and the date the prices start (null: today).
 */
public record ProductDraft(String code, String name, Map<BillingCycle, BigDecimal> prices, BigDecimal vatRatePercent,
                           LocalDate effectiveFrom) {
}
