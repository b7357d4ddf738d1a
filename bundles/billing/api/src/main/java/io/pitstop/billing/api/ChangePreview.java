package io.pitstop.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A quantity change priced for the rest of the cycle it falls in: {@code amount} is charged (positive) or credited
 * (negative) as the price difference times {@code daysLeft} / {@code cycleDays} (days left counted from the effective
 * day to the cycle's last day, both included). The recurring amount from the next cycle is {@code newRecurring}.
 */
public record ChangePreview(UUID subscription, int fromQuantity, int toQuantity, LocalDate effective, LocalDate cycleStart,
                            LocalDate cycleEnd, int daysLeft, int cycleDays, BigDecimal amount, BigDecimal newRecurring) {
}
