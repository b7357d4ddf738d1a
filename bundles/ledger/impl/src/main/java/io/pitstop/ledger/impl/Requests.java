package io.pitstop.ledger.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** Field checks shared by the ledger's writes; each adds to a {@link Validation} so all errors come at once. */
final class Requests {
    static final int MAX_KEY = 200;
    static final int MAX_TEXT = 500;
    static final int MAX_DOCUMENT = 200;
    static final String DEFAULT_ZONE = "Europe/Moscow";
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final BigDecimal TOO_LARGE = new BigDecimal("100000000000000000");

    private Requests() {
    }

    static void actor(Actor actor) {
        if (actor == null || actor.name() == null || actor.name().isBlank()) {
            throw ValidationException.field("actor", "is required: every ledger write records its author");
        }
    }

    static void key(Validation v, String key) {
        v.required(key, "idempotencyKey").maxLength(key, MAX_KEY, "idempotencyKey");
    }

    static void type(Validation v, String type) {
        v.required(type, "type");
        if (type != null && !type.isBlank()) {
            v.require(TYPE.matcher(type).matches(), "type", "must be a lower-case code such as 'topup' or 'licence-charge'");
        }
    }

    static void text(Validation v, String value, String field, int max, boolean required) {
        if (required) {
            v.required(value, field);
        }
        v.maxLength(value, max, field);
    }

    /**
     * An amount with at most two decimals, returned with scale 2; null (and a field error) when it
     * is missing or wrong. {@code positive} refuses zero and negatives, otherwise only zero is refused.
     */
    static BigDecimal amount(Validation v, BigDecimal amount, String field, boolean positive) {
        if (amount == null) {
            v.require(false, field, "is required");
            return null;
        }
        if (amount.stripTrailingZeros().scale() > Money.SCALE) {
            v.require(false, field, "must have at most 2 decimal places, got " + Validation.quote(amount.toString()));
            return null;
        }
        if (amount.abs().compareTo(TOO_LARGE) >= 0) {
            v.require(false, field, "is too large");
            return null;
        }
        if (positive ? amount.signum() <= 0 : amount.signum() == 0) {
            v.require(false, field, positive ? "must be greater than zero" : "must not be zero");
            return null;
        }
        return amount.setScale(Money.SCALE);
    }

    /** ISO 4217 code in upper case, or null with a field error. */
    static String currency(Validation v, String currency, String field) {
        try {
            return Money.checkCurrency(currency);
        } catch (ValidationException e) {
            v.require(false, field, e.fieldErrors().get(0).message());
            return null;
        }
    }

    static String zone(Validation v, String zone) {
        if (zone == null || zone.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone.trim()).getId();
        } catch (DateTimeException e) {
            v.require(false, "timeZone", "is not a time zone id such as Europe/Moscow: " + Validation.quote(zone));
            return null;
        }
    }
}
