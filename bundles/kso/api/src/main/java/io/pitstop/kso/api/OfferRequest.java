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
 * @param financedAmounts what each financed product costs in this deal, in the order of {@code financedProducts}
 *                        (a manager may change a product's price for one deal); empty or a null item: the catalogue's
 *                        price
 */
public record OfferRequest(BigDecimal price, BigDecimal downPayment, BigDecimal downPaymentPercent, int termMonths,
                           List<UUID> financedProducts, String location, String make, String model, String sort,
                           List<BigDecimal> financedAmounts) {
    public static final String BY_PRIORITY = "priority";
    public static final String BY_PAYMENT = "payment";

    public OfferRequest {
        financedProducts = financedProducts == null ? List.of() : List.copyOf(financedProducts);
        // nulls allowed inside (a catalogue price), so no List.copyOf
        financedAmounts = financedAmounts == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(financedAmounts));
    }

    /** Every financed product at its catalogue price. */
    public OfferRequest(BigDecimal price, BigDecimal downPayment, BigDecimal downPaymentPercent, int termMonths,
                        List<UUID> financedProducts, String location, String make, String model, String sort) {
        this(price, downPayment, downPaymentPercent, termMonths, financedProducts, location, make, model, sort, null);
    }

    /** The deal's price of the i-th financed product, or null for the catalogue's. */
    public BigDecimal financedAmount(int i) {
        return i < financedAmounts.size() ? financedAmounts.get(i) : null;
    }
}
