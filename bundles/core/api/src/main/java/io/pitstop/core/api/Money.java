package io.pitstop.core.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, always with scale 2.
 * <p>
 * Input that carries more than two decimals is refused rather than rounded:
 * a caller who sends 10.005 has made a mistake we must not hide. Rounding
 * happens only where a rule computes a value (a share, a proration) and then
 * through {@link #rounded(BigDecimal, String)}, which is HALF_UP.
 */
public final class Money implements Comparable<Money> {
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final String RUB = "RUB";

    private final BigDecimal amount;
    private final String currency;

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /** Exact amount; more than two decimals is a {@link ValidationException}. */
    public static Money of(BigDecimal amount, String currency) {
        return of(amount, currency, "amount");
    }

    /** Exact amount, naming the field for the error message. */
    public static Money of(BigDecimal amount, String currency, String field) {
        if (amount == null) {
            throw ValidationException.field(field, "is required");
        }
        BigDecimal normalised = amount.stripTrailingZeros();
        if (normalised.scale() > SCALE) {
            throw ValidationException.field(field, "must have at most 2 decimal places, got " + Validation.quote(amount.toString()));
        }
        if (amount.abs().compareTo(new BigDecimal("100000000000000000")) >= 0) {
            throw ValidationException.field(field, "is too large");
        }
        return new Money(amount.setScale(SCALE, RoundingMode.UNNECESSARY), checkCurrency(currency));
    }

    public static Money of(String amount, String currency) {
        try {
            return of(new BigDecimal(amount), currency);
        } catch (NumberFormatException e) {
            throw ValidationException.field("amount", "is not a number: " + Validation.quote(amount));
        }
    }

    /** The result of a computation, rounded HALF_UP to kopecks. */
    public static Money rounded(BigDecimal amount, String currency) {
        return new Money(amount.setScale(SCALE, ROUNDING), checkCurrency(currency));
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO.setScale(SCALE), checkCurrency(currency));
    }

    /**
     * Returns the ISO 4217 code, or throws a field error for an unknown one. Three capital Latin letters and nothing
     * else, the one documented form: a code in lower case ({@code "rub"}) or with spaces or control characters around
     * it ({@code " RUB"}, {@code "RUB\u0000"}) is a caller's mistake to report, not to clean up.
     */
    public static String checkCurrency(String currency) {
        if (currency == null || currency.isBlank()) {
            throw ValidationException.field("currency", "is required");
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw ValidationException.field("currency", "must be three capital letters of ISO 4217 such as RUB: "
                    + Validation.quote(currency));
        }
        String code = currency;
        try {
            Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw ValidationException.field("currency", "is not an ISO 4217 currency code: " + Validation.quote(currency));
        }
        return code;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Money plus(Money other) {
        sameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        sameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Multiplies by a quantity or rate and rounds HALF_UP. */
    public Money times(BigDecimal factor) {
        return rounded(amount.multiply(factor), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public int signum() {
        return amount.signum();
    }

    private void sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currency mismatch: " + currency + " and " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        sameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Money)) {
            return false;
        }
        Money m = (Money) o;
        return currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
