package io.pitstop.kso.api.applications;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One manager's income of one month: how many loans were issued and what they earned the dealer. */
public record ManagerIncome(String manager, YearMonth month, int deals, BigDecimal productRewards,
                            BigDecimal programmeRewards, BigDecimal total) {
}
