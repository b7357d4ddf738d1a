package io.pitstop.kso.api.applications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * What one counterparty owes the dealer for one issued loan: the sum of its products' rewards and, for the lending
 * bank, the programme's reward. A receivable in the ledger from the issue until it is paid.
 *
 * @param book the counterparty's receivable book in the ledger
 */
public record Reward(UUID id, UUID applicationId, String counterparty, BigDecimal amount, RewardStatus status,
                     String manager, UUID book, Instant issuedAt, Instant paidAt) {
}
