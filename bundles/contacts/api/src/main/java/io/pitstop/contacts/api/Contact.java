package io.pitstop.contacts.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A contact as stored. Organisation fields ({@code inn}, {@code kpp},
 * {@code ogrn}) are empty for persons except {@code inn}, which a person may
 * have (12 digits); person name parts are empty for organisations.
 * {@code name} is the display name of either kind. {@code responsible}
 * lists the staff responsible for it, by business line. {@code mergedInto}
 * is the contact a merge kept in its place, empty unless this one was merged
 * as a duplicate (it is archived then and stays, since ledger entries may name it).
 */
public record Contact(ContactId id, ContactKind kind, String name,
                      String inn, String kpp, String ogrn,
                      String lastName, String firstName, String middleName, LocalDate birthDate,
                      List<String> phones, List<String> emails, List<Address> addresses,
                      Set<String> tags, String note, ContactStatus status,
                      Instant createdAt, Instant updatedAt, long version, List<Responsible> responsible,
                      ContactId mergedInto) {
    public Contact {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        addresses = List.copyOf(addresses);
        tags = Set.copyOf(tags);
        responsible = responsible == null ? List.of() : List.copyOf(responsible);
    }

    /** A contact that was not merged into another. */
    public Contact(ContactId id, ContactKind kind, String name, String inn, String kpp, String ogrn,
                   String lastName, String firstName, String middleName, LocalDate birthDate,
                   List<String> phones, List<String> emails, List<Address> addresses,
                   Set<String> tags, String note, ContactStatus status,
                   Instant createdAt, Instant updatedAt, long version, List<Responsible> responsible) {
        this(id, kind, name, inn, kpp, ogrn, lastName, firstName, middleName, birthDate, phones, emails, addresses, tags,
                note, status, createdAt, updatedAt, version, responsible, null);
    }

    /** A contact without responsible staff. */
    public Contact(ContactId id, ContactKind kind, String name, String inn, String kpp, String ogrn,
                   String lastName, String firstName, String middleName, LocalDate birthDate,
                   List<String> phones, List<String> emails, List<Address> addresses,
                   Set<String> tags, String note, ContactStatus status,
                   Instant createdAt, Instant updatedAt, long version) {
        this(id, kind, name, inn, kpp, ogrn, lastName, firstName, middleName, birthDate, phones, emails, addresses, tags,
                note, status, createdAt, updatedAt, version, List.of());
    }
}
