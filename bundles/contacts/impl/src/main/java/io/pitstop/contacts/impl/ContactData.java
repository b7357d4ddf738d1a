package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.Responsible;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A contact's fields after validation and normalisation: what is stored and
 * what two versions of a contact are compared by, so that saving the same
 * values twice writes nothing.
 */
record ContactData(ContactKind kind, String name, String inn, String kpp, String ogrn,
                   String lastName, String firstName, String middleName, LocalDate birthDate,
                   List<String> phones, List<String> emails, List<Address> addresses, List<String> tags, String note,
                   List<Responsible> responsible) {

    /** {@code responsible} null: the draft did not say, so the stored responsible staff stay ({@link #keeping}). */
    ContactData {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        addresses = List.copyOf(addresses);
        tags = List.copyOf(new TreeSet<>(tags));
        responsible = responsible == null ? null : List.copyOf(responsible);
    }

    /** These values with the responsible staff of {@code stored} when the draft left them out. */
    ContactData keeping(List<Responsible> stored) {
        return responsible != null ? this : new ContactData(kind, name, inn, kpp, ogrn, lastName, firstName, middleName,
                birthDate, phones, emails, addresses, tags, note, stored);
    }

    static ContactData of(Contact c) {
        return new ContactData(c.kind(), c.name(), c.inn(), c.kpp(), c.ogrn(), c.lastName(), c.firstName(), c.middleName(),
                c.birthDate(), c.phones(), c.emails(), c.addresses(), new ArrayList<>(c.tags()), c.note(), c.responsible());
    }

    /** The lower-case search and sort key of the name. */
    String nameKey() {
        return SearchKeys.key(name);
    }

    /**
     * This organisation with the values an import brings: a given field wins,
     * an absent one keeps what is stored, lists gain the new elements. An
     * import that knows less than the user typed by hand never erases it.
     */
    OrganizationDraft mergedWith(ContactData incoming) {
        return new OrganizationDraft(incoming.name, or(incoming.inn, inn), or(incoming.kpp, kpp), or(incoming.ogrn, ogrn),
                union(phones, incoming.phones), union(emails, incoming.emails), union(addresses, incoming.addresses),
                Set.copyOf(union(tags, incoming.tags)), or(incoming.note, note), responsible);
    }

    /** What the audit log keeps of a contact. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("name", name);
        put(m, "inn", inn);
        put(m, "kpp", kpp);
        put(m, "ogrn", ogrn);
        put(m, "lastName", lastName);
        put(m, "firstName", firstName);
        put(m, "middleName", middleName);
        put(m, "birthDate", birthDate == null ? null : birthDate.toString());
        m.put("phones", phones);
        m.put("emails", emails);
        List<Map<String, String>> addressMaps = new ArrayList<>();
        for (Address a : addresses) {
            addressMaps.add(Map.of("kind", a.kind(), "text", a.text()));
        }
        m.put("addresses", addressMaps);
        m.put("tags", tags);
        put(m, "note", note);
        if (responsible != null && !responsible.isEmpty()) {
            List<String> lines = new ArrayList<>();
            responsible.forEach(r -> lines.add(r.line() + ":" + r.login()));
            m.put("responsible", lines);
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String or(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static <T> List<T> union(List<T> first, List<T> second) {
        Set<T> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }
}
