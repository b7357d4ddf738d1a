package io.pitstop.contacts.api;

import java.util.List;
import java.util.Set;

/**
 * What a caller supplies to create or replace an organisation. INN of 10
 * digits (legal entity) or 12 (sole proprietor), KPP of 9 for legal entities,
 * OGRN of 13 or OGRNIP of 15 digits; all optional but checked when given.
 * {@code responsible} null keeps the stored responsible staff; a list replaces them.
 */
public record OrganizationDraft(String name, String inn, String kpp, String ogrn,
                                List<String> phones, List<String> emails, List<Address> addresses,
                                Set<String> tags, String note, List<Responsible> responsible) {
    public OrganizationDraft {
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
        addresses = addresses == null ? List.of() : addresses;
        tags = tags == null ? Set.of() : tags;
    }

    /** A draft that leaves the responsible staff as they are (none for a new contact). */
    public OrganizationDraft(String name, String inn, String kpp, String ogrn, List<String> phones, List<String> emails,
                             List<Address> addresses, Set<String> tags, String note) {
        this(name, inn, kpp, ogrn, phones, emails, addresses, tags, note, null);
    }
}
