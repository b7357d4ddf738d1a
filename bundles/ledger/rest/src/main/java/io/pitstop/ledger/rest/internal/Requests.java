package io.pitstop.ledger.rest.internal;

import io.pitstop.core.api.Validation;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.core.Response;

/** Parsing shared by the ledger resources: book references, idempotency keys, dates. */
final class Requests {
    /** Business dates in query parameters are read in the default zone of the ledger. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");
    private static final String HOUSE_CODES = Arrays.stream(HouseBook.values()).map(HouseBook::code)
            .collect(Collectors.joining(", "));

    private Requests() {
    }

    /**
     * A book named by exactly one of: a personal account's id, a book id (both UUIDs) or a
     * house book code such as {@code bank}. Adds a field error and returns null when it cannot.
     */
    static UUID book(Validation v, String field, String accountId, String book, String houseBook) {
        int given = (accountId == null ? 0 : 1) + (book == null ? 0 : 1) + (houseBook == null ? 0 : 1);
        if (given != 1) {
            v.require(false, field, given == 0 ? "is required: give accountId, book or houseBook"
                    : "is ambiguous: give only one of accountId, book or houseBook");
            return null;
        }
        if (houseBook != null) {
            HouseBook house = HouseBook.byCode(houseBook.trim().toLowerCase(java.util.Locale.ROOT));
            v.require(house != null, field, Validation.quote(houseBook) + " is not a house book; known: " + HOUSE_CODES);
            return house == null ? null : house.bookId();
        }
        String text = accountId != null ? accountId : book;
        try {
            return UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            v.require(false, field, "is not a valid id: " + Validation.quote(text));
            return null;
        }
    }

    /** A book in a path: a UUID or a house book code. */
    static UUID pathBook(String text) {
        HouseBook house = HouseBook.byCode(text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT));
        if (house != null) {
            return house.bookId();
        }
        Validation v = new Validation();
        UUID id = book(v, "book", null, text, null);
        v.throwIfInvalid();
        return id;
    }

    /** An instant (2024-03-01T10:00:00Z) or a business date; a date means its start, or with {@code end} the next day's. */
    static Instant instant(Validation v, String field, String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return (end ? date.plusDays(1) : date).atStartOfDay(DEFAULT_ZONE).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            v.require(false, field, "is not a date (2024-03-01) or an instant (2024-03-01T10:00:00Z): " + Validation.quote(text));
            return null;
        }
    }

    static LocalDate date(Validation v, String field, String text) {
        v.required(text, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeException e) {
            v.require(false, field, "is not a date such as 2024-03-01: " + Validation.quote(text));
            return null;
        }
    }

    /** 201 for a new transaction, 200 with the same body when a retry returned the first one. */
    static Response written(LedgerTransaction t) {
        if (t.replayed()) {
            return Response.ok(t).build();
        }
        return Response.created(URI.create("ledger/transactions/" + t.id())).entity(t).build();
    }
}
