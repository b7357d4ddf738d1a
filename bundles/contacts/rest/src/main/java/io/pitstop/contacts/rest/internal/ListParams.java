package io.pitstop.contacts.rest.internal;

import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query parameters of the contact lists, read as text so that {@code limit=abc}
 * is a 400 naming the parameter (a JAX-RS int parameter would answer 404),
 * with every bad parameter reported at once.
 */
record ListParams(ContactQuery query, PageRequest page) {
    /** Status value that lists active and archived contacts together. */
    static final String ANY_STATUS = "ANY";

    static ListParams parse(String q, String kind, String status, String tag, String offset, String limit, String sort) {
        Validation v = new Validation();
        ContactKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = ContactKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.require(false, "kind", "must be one of " + List.of(ContactKind.values()));
            }
        }
        ContactStatus s = ContactStatus.ACTIVE;
        if (status != null && !status.isBlank()) {
            String text = status.strip().toUpperCase(Locale.ROOT);
            try {
                s = ANY_STATUS.equals(text) ? null : ContactStatus.valueOf(text);
            } catch (IllegalArgumentException e) {
                v.require(false, "status", "must be one of " + List.of(ContactStatus.values()) + " or " + ANY_STATUS);
            }
        }
        PageRequest page = page(v, offset, limit, sort);
        v.throwIfInvalid();
        return new ListParams(new ContactQuery(q, k, s, tag), page);
    }

    /** Offset and limit alone, e.g. for a history. */
    static PageRequest page(String offset, String limit) {
        Validation v = new Validation();
        PageRequest page = page(v, offset, limit, null);
        v.throwIfInvalid();
        return page;
    }

    /** The page, or null with the reasons kept in {@code v}; the record's own range checks join the other errors. */
    private static PageRequest page(Validation v, String offset, String limit, String sort) {
        Integer from = integer(v, offset, "offset", 0);
        Integer size = integer(v, limit, "limit", PageRequest.DEFAULT_LIMIT);
        List<List<PageRequest.SortOrder>> order = new ArrayList<>(List.of(List.of()));
        v.check(() -> order.set(0, PageRequest.parseSort(sort, Set.copyOf(ContactService.SORTABLE))));
        List<PageRequest> page = new ArrayList<>(1);
        v.check(() -> page.add(new PageRequest(from, size, order.get(0))));
        return page.isEmpty() ? null : page.get(0);
    }

    private static Integer integer(Validation v, String text, String field, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            v.require(false, field, "must be a whole number");
            return fallback;
        }
    }
}
