package io.pitstop.billing.api;

import java.math.BigDecimal;

/** One group of a tariff string: {@code quantity} objects at {@code unitPrice} a month each. {@code kind} is {@code tariff}, {@code fuelSensors} or {@code dispatch}. */
public record TariffLine(String kind, int quantity, BigDecimal unitPrice, BigDecimal amount) {
}
