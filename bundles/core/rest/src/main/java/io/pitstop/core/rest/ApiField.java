package io.pitstop.core.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What {@code /api/openapi.json} tells integrators about a request body field
 * (a record component) or a query parameter beyond its Java type: whether it
 * is required, its format, the values it accepts. The server's own checks
 * still decide; this only makes the document say what they demand, so that
 * clients (and the bad-input suite, which builds valid requests from the
 * document) need not guess.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface ApiField {
    /** Format of a uuid in text. */
    String UUID = "uuid";
    /** A three-letter ISO 4217 code in capitals, e.g. RUB. */
    String CURRENCY = "currency";
    /** An IANA time zone such as Europe/Moscow. */
    String TIME_ZONE = "time-zone";
    /** A date (2024-03-01) or an instant (2024-03-01T10:00:00Z). */
    String DATE_OR_INSTANT = "date-or-date-time";
    /** A date such as 2024-03-01. */
    String DATE = "date";

    /** The request is refused without it. */
    boolean required() default false;

    /** OpenAPI format of a text field ({@link #UUID}, {@link #CURRENCY}, ...); empty: plain text. */
    String format() default "";

    /** The only values accepted, exactly as written here. */
    String[] values() default {};

    /** An enum whose constant names are the only values accepted (instead of listing them in {@link #values()}). */
    Class<?> valuesOf() default Void.class;

    /** A number that must be greater than zero. */
    boolean positive() default false;

    /**
     * Fields that share a group name are alternatives: exactly one of them must be given
     * (e.g. a book named by {@code accountId}, {@code book} or {@code houseBook}).
     */
    String oneOf() default "";

    /** Fields that share a group name here are alternatives of which at least one must be given (a person's names). */
    String anyOf() default "";

    /** An id the client chooses for the record it creates (any new UUID), rather than one of an existing record. */
    boolean newId() default false;

    /**
     * The type a parameter taken as text is read as ({@code boolean.class} for a flag read by {@link Params#flag}),
     * so that the document shows what the server accepts rather than the Java parameter's {@code String}.
     */
    Class<?> as() default Void.class;
}
