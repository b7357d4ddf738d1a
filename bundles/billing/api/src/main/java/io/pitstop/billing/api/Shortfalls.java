package io.pitstop.billing.api;

import java.math.BigDecimal;

/**
 * Accounts whose funds do not cover next month's charge (the summary's shortfall above 0) and the shortfall of them
 * all; {@code partial} when counting stopped at its limit, so both are lower bounds.
 */
public record Shortfalls(long accounts, BigDecimal total, boolean partial) {
}
