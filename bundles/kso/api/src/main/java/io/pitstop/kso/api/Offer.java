package io.pitstop.kso.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A programme the client qualifies for: the payment on the financed amount, the products the bank demands, and what
 * the dealer earns (rewards of the mandatory and the financed products).
 */
public record Offer(UUID programmeId, String name, String bank, int priority, BigDecimal annualRatePercent,
                    BigDecimal financedAmount, BigDecimal residual, BigDecimal monthlyPayment, BigDecimal totalInterest,
                    List<ProductLine> mandatoryProducts, BigDecimal reward) {
    public Offer {
        mandatoryProducts = List.copyOf(mandatoryProducts);
    }

    /** A product named in an offer, with its price and the dealer's reward for it. */
    public record ProductLine(UUID id, String name, BigDecimal price, BigDecimal reward) {
    }
}
