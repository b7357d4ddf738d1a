package io.pitstop.contacts.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a caller supplies to create or replace a person. A person's INN has 12 digits.
 * {@code responsible} null keeps the stored responsible staff; a list replaces them.
 */
public record PersonDraft(String lastName, String firstName, String middleName, LocalDate birthDate, String inn,
                          List<String> phones, List<String> emails, List<Address> addresses,
                          Set<String> tags, String note, List<Responsible> responsible) {
    public PersonDraft {
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
        addresses = addresses == null ? List.of() : addresses;
        tags = tags == null ? Set.of() : tags;
    }

    /** A draft that leaves the responsible staff as they are (none for a new contact). */
    public PersonDraft(String lastName, String firstName, String middleName, LocalDate birthDate, String inn,
                       List<String> phones, List<String> emails, List<Address> addresses, Set<String> tags, String note) {
        this(lastName, firstName, middleName, birthDate, inn, phones, emails, addresses, tags, note, null);
    }
}
