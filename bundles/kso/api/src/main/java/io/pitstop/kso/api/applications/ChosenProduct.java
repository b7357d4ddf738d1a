package io.pitstop.kso.api.applications;

import java.math.BigDecimal;

/**
 * A finance product the client chose with the offer, as the calculation gave it: its price, the counterparty (insurer
 * or bank) that pays the dealer's reward, and that reward (VAT included).
 */
public record ChosenProduct(String name, BigDecimal price, String counterparty, BigDecimal reward) {
}
