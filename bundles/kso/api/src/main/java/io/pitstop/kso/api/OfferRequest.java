package io.pitstop.kso.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What programmes are matched for.
 *
 * @param downPayment     rubles; null when {@code downPaymentPercent} is given
 * @param financedProducts the products the client chooses to finance into the loan (none unless chosen)
 * @param location        the client's city; null: any
 * @param sort            {@code priority} (the dealer's, the default) or {@code payment} (lowest first)
 */
public record OfferRequest(BigDecimal price, BigDecimal downPayment, BigDecimal downPaymentPercent, int termMonths,
                           List<UUID> financedProducts, String location, String make, String model, String sort) {
    public static final String BY_PRIORITY = "priority";
    public static final String BY_PAYMENT = "payment";

    public OfferRequest {
        financedProducts = financedProducts == null ? List.of() : List.copyOf(financedProducts);
    }
}
