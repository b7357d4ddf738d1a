package io.pitstop.kso.api.applications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The dealer's income from one issued loan: the rewards for the finance products sold with it and the bank's reward
 * for the programme.
 */
public record DealIncome(UUID applicationId, UUID contactId, String manager, Instant issuedAt, String bank,
                         BigDecimal productRewards, BigDecimal programmeReward, BigDecimal total) {
}
