package io.pitstop.billing.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A tariff string priced (тариф {@code 4*350|15*100}): its lines, the number of objects (vehicles) the tariff lines
 * cover, the tariff's own total, the add-on lines (fuel sensors, dispatch) and the month's total with them.
 */
public record TariffEvaluation(String tariff, List<TariffLine> lines, int objects, BigDecimal total,
                               List<TariffLine> addOns, BigDecimal monthTotal, String explanation) {
    public TariffEvaluation {
        lines = List.copyOf(lines);
        addOns = List.copyOf(addOns);
    }
}
