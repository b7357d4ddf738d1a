package io.pitstop.contacts.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What a caller supplies to create or replace a person. A person's INN has 12 digits. */
public record PersonDraft(String lastName, String firstName, String middleName, LocalDate birthDate, String inn,
                          List<String> phones, List<String> emails, List<Address> addresses,
                          Set<String> tags, String note) {
    public PersonDraft {
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
        addresses = addresses == null ? List.of() : addresses;
        tags = tags == null ? Set.of() : tags;
    }
}
