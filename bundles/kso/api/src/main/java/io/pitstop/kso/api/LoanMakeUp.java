package io.pitstop.kso.api;

import io.pitstop.core.api.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the bank lends, item by item: the car's price less the down payment, plus each product the client chooses to
 * finance into the loan. The seed's screen lends 1,829,900 where its listed products do not add up, so every item is
 * shown and each can be changed.
 *
 * @param downPaymentPercent the down payment in percent of the price, exact to 4 decimals (shown, never compared)
 */
public record LoanMakeUp(BigDecimal price, BigDecimal downPayment, BigDecimal downPaymentPercent, BigDecimal carCredit,
                         List<Item> items, BigDecimal financedAmount) {
    public LoanMakeUp {
        items = List.copyOf(items);
    }

    /** A product financed into the loan at its price (which the manager may change for this deal). */
    public record Item(String name, BigDecimal amount) {
    }

    /**
     * The make-up from a price and a down payment in rubles or, when {@code downPayment} is null, in percent
     * (rounded HALF_UP to kopecks); refused naming the field when the down payment is negative or above the price.
     */
    public static LoanMakeUp of(BigDecimal price, BigDecimal downPayment, BigDecimal downPaymentPercent, List<Item> items) {
        Validation v = new Validation();
        v.required(price, "price");
        v.require(price == null || price.signum() > 0, "price", "must be greater than zero");
        v.require(downPayment != null || downPaymentPercent != null, "downPayment", "is required (in rubles, or downPaymentPercent)");
        v.require(downPaymentPercent == null || downPaymentPercent.signum() >= 0 && downPaymentPercent.compareTo(BigDecimal.valueOf(100)) <= 0,
                "downPaymentPercent", "must be from 0 to 100");
        v.throwIfInvalid();
        BigDecimal paid = downPayment != null ? downPayment
                : price.multiply(downPaymentPercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        v.require(paid.signum() >= 0, "downPayment", "must not be negative");
        v.require(paid.compareTo(price) <= 0, "downPayment", "must not be above the price " + price.setScale(2).toPlainString());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            v.require(item.amount() != null && item.amount().signum() >= 0, "products[" + i + "].amount", "must not be negative");
        }
        v.throwIfInvalid();
        BigDecimal carCredit = price.subtract(paid).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal financed = items.stream().map(Item::amount).reduce(carCredit, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal percent = paid.multiply(BigDecimal.valueOf(100)).divide(price, 4, RoundingMode.HALF_UP);
        return new LoanMakeUp(price.setScale(2, RoundingMode.UNNECESSARY), paid.setScale(2, RoundingMode.UNNECESSARY),
                percent, carCredit, items, financed);
    }

}
