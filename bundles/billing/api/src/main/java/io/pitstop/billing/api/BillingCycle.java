package io.pitstop.billing.api;

/**
 * How often a subscription is charged (платёжный цикл). {@code FREE} is never charged, {@code ONE_TIME} once in the
 * month the subscription starts; the others every {@link #months()} months from the start month.
 */
public enum BillingCycle {
    FREE(0), ONE_TIME(0), MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

    private final int months;

    BillingCycle(int months) {
        this.months = months;
    }

    /** Length of the cycle in months; 0 for cycles that do not repeat. */
    public int months() {
        return months;
    }

    public boolean recurring() {
        return months > 0;
    }
}
