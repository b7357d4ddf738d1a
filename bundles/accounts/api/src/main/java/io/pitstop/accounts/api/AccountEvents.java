package io.pitstop.accounts.api;

/**
 * Topics of the accounts' domain events (Event Admin, after commit); the
 * record of each is the account. Subscribers filter on these rather than on
 * strings of their own.
 */
public final class AccountEvents {
    /** Prefix of every account topic, for a subscription to all of them ({@code PREFIX + "*"}). */
    public static final String PREFIX = "pitstop/accounts/";
    /** Properties {@code number}, {@code ownerId}, {@code currency}. */
    public static final String OPENED = PREFIX + "OPENED";
    /** Settings changed; property {@code number}. */
    public static final String CHANGED = PREFIX + "CHANGED";

    private AccountEvents() {
    }

    /** The topic of a move to {@code status} ({@code ACTIVE}, {@code SUSPENDED}, {@code CLOSED}); properties {@code number}, {@code from}, {@code reason}. */
    public static String status(AccountStatus status) {
        return PREFIX + status.name();
    }
}
