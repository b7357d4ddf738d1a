package io.pitstop.billing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The balance screen of seed 000: {@code balance} (баланс), the next charge {@code monthlyCharge} (абонентская
 * плата), what is {@code reserved} for it, {@code available} (доступные средства), and when funds are short the
 * {@code shortfall} (недостающая сумма) and the day to pay by ({@code payBy}, the day before the next charging date;
 * null when nothing is short). {@code nextChargeDate} is that charging date in the account's time zone.
 */
public record AccountSummary(UUID accountId, String currency, BigDecimal balance, BigDecimal monthlyCharge,
                             BigDecimal reserved, BigDecimal available, BigDecimal shortfall, LocalDate payBy,
                             LocalDate nextChargeDate) {
}
