package io.pitstop.billing.api;

/**
 * ACTIVE: charged and served. SUSPENDED: switched off for short funds (or by hand), charged again on resume.
 * CONSERVED: vehicles in conservation (консервация), charged at the conservation rate. CANCELLED: final.
 */
public enum SubscriptionStatus {
    ACTIVE, SUSPENDED, CONSERVED, CANCELLED
}
