package io.pitstop.billing.api;

/**
 * Parses, checks and prices tariff strings. A malformed string is a {@link io.pitstop.core.api.ValidationException}
 * on its field naming the position (from 1) and the character that is wrong.
 */
public interface Tariffs {
    /** {@code fuelSensors} and {@code dispatch} may be null; {@code -} or {@code -*100} there means none. */
    TariffEvaluation evaluate(String tariff, String fuelSensors, String dispatch);
}
