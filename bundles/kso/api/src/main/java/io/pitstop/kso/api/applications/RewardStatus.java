package io.pitstop.kso.api.applications;

/** A reward is owed from the loan's issue until the counterparty pays it. */
public enum RewardStatus {
    RECEIVABLE,
    PAID
}
