package io.pitstop.contacts.rest.internal;

import io.pitstop.core.rest.ApiField;
import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.contacts.api.Responsible;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.rest.FreeText;
import io.pitstop.core.api.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Request bodies. Each record lists exactly the fields a client may send;
 * the strict JSON provider answers 400 for any other field, so a typo such
 * as {@code "phone"} for {@code "phones"} is reported, not silently dropped.
 */
final class Requests {
    private Requests() {
    }

    /** POST /contacts/organizations. */
    record NewOrganization(@ApiField(required = true) String name, String inn, String kpp, String ogrn, List<String> phones, List<String> emails,
                           List<Address> addresses, Set<String> tags, @FreeText String note, List<Responsible> responsible) {
        OrganizationDraft draft() {
            return new OrganizationDraft(name, inn, kpp, ogrn, phones, emails, addresses, tags, note, responsible);
        }
    }

    /** PUT /contacts/organizations/{id}: all fields, replacing the stored ones, and the version they were read at. */
    record ChangedOrganization(@ApiField(required = true) String name, String inn, String kpp, String ogrn, List<String> phones, List<String> emails,
                               List<Address> addresses, Set<String> tags, @FreeText String note, @ApiField(required = true) Long version,
                               List<Responsible> responsible) {
        OrganizationDraft draft() {
            return new OrganizationDraft(name, inn, kpp, ogrn, phones, emails, addresses, tags, note, responsible);
        }
    }

    /** POST /contacts/persons. */
    record NewPerson(@ApiField(anyOf = "name") String lastName, @ApiField(anyOf = "name") String firstName, String middleName, LocalDate birthDate, String inn,
                     List<String> phones, List<String> emails, List<Address> addresses, Set<String> tags, @FreeText String note,
                     List<Responsible> responsible) {
        PersonDraft draft() {
            return new PersonDraft(lastName, firstName, middleName, birthDate, inn, phones, emails, addresses, tags, note, responsible);
        }
    }

    /** PUT /contacts/persons/{id}. */
    record ChangedPerson(@ApiField(anyOf = "name") String lastName, @ApiField(anyOf = "name") String firstName, String middleName, LocalDate birthDate, String inn,
                         List<String> phones, List<String> emails, List<Address> addresses, Set<String> tags, @FreeText String note,
                         @ApiField(required = true) Long version, List<Responsible> responsible) {
        PersonDraft draft() {
            return new PersonDraft(lastName, firstName, middleName, birthDate, inn, phones, emails, addresses, tags, note, responsible);
        }
    }

    /** POST /contacts/{id}/relations: the contact in the path stands in {@code type} to {@code to}. */
    record NewRelation(@ApiField(required = true) RelationType type, @ApiField(required = true, format = ApiField.UUID) String to, String position) {
        /** The other contact's id, or null when absent (the service reports it with the other errors). */
        ContactId toId() {
            if (to == null || to.isBlank()) {
                return null;
            }
            return new ContactId(TypedId.parse(to, "to"));
        }
    }

    /** A missing body is a field error like any other, not a NullPointerException. */
    static <T> T present(T body) {
        if (body == null) {
            throw ValidationException.field("body", "is required");
        }
        return body;
    }

    /** The version a change was based on; required, because without it two editors overwrite each other. */
    static long version(Long version) {
        if (version == null) {
            throw ValidationException.field("version", "is required: send the version you read with GET");
        }
        if (version < 0) {
            throw ValidationException.field("version", "must not be negative");
        }
        return version;
    }
}
