package io.pitstop.kso.api;

import java.util.UUID;

/**
 * A programme the client does not qualify for and the first limit broken, checked in this order: {@code status},
 * {@code location}, {@code down-payment}, {@code term}, {@code amount}.
 *
 * @param limit the programme's limit as text ({@code 20–39.9999 %}, {@code 90000.00–6900000.00}, {@code 24–48})
 * @param value what the request gave against it
 */
public record Refusal(UUID programmeId, String name, String bank, String reason, String limit, String value) {
    public static final String STATUS = "status";
    public static final String LOCATION = "location";
    public static final String DOWN_PAYMENT = "down-payment";
    public static final String TERM = "term";
    public static final String AMOUNT = "amount";
}
