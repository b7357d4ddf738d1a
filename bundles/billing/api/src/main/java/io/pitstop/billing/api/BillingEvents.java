package io.pitstop.billing.api;

/** Topics of billing's domain events (Event Admin, after commit); the subject is the account or the subscription. */
public final class BillingEvents {
    public static final String PREFIX = "pitstop/billing/";
    /** An account was charged for a period; properties {@code period}, {@code amount}, {@code reserved}. */
    public static final String CHARGED = PREFIX + "CHARGED";
    /** Funds were short on the charging date; properties {@code period}, {@code shortfall}. */
    public static final String SUSPENDED = PREFIX + "SUSPENDED";
    /** A top-up covered the shortfall and the account works again; property {@code period}. */
    public static final String RESUMED = PREFIX + "RESUMED";
    /** A subscription was created or changed; properties {@code accountId}, {@code status}. */
    public static final String SUBSCRIPTION_CHANGED = PREFIX + "SUBSCRIPTION_CHANGED";

    private BillingEvents() {
    }
}
