package io.pitstop.documents.api;

import java.math.BigDecimal;

/** One line of a document: what, how many of what unit, at which price including VAT (roubles, 2 decimals). */
public record DocumentLine(String name, BigDecimal quantity, String unit, BigDecimal price) {
}
