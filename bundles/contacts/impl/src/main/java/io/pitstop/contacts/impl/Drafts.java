package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactRules;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.Responsible;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.core.api.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates and normalises whole drafts: every field error at once, or clean {@link ContactData}. */
final class Drafts {
    static final int MAX_NAME = 300;
    static final int MAX_NAME_PART = 100;
    static final int MAX_NOTE = 4000;
    static final int MAX_PHONES = 20;
    static final int MAX_EMAILS = 20;
    static final int MAX_ADDRESSES = 10;
    static final int MAX_ADDRESS = 500;
    static final int MAX_TAGS = 30;
    static final int MAX_TAG = 50;
    static final int MAX_RESPONSIBLE = 20;
    static final int MAX_LINE = 40;
    static final int MAX_LOGIN = 60;
    private static final Pattern LINE = Pattern.compile("\\p{L}[\\p{L}\\p{N}-]*");
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    static final Set<String> ADDRESS_KINDS = Set.of("legal", "postal", "actual");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*");

    private Drafts() {
    }

    static ContactData organization(OrganizationDraft d) {
        if (d == null) {
            throw ValidationException.field("body", "is required");
        }
        Checks v = new Checks();
        String name = v.line(d.name(), "name", MAX_NAME, true);
        String inn = v.get(() -> ContactRules.inn(d.inn(), "inn"));
        String kpp = v.get(() -> ContactRules.kpp(d.kpp(), "kpp"));
        String ogrn = v.get(() -> ContactRules.ogrn(d.ogrn(), "ogrn"));
        boolean soleProprietor = inn != null && inn.length() == 12;
        if (soleProprietor && kpp != null) {
            v.error("kpp", "must be empty: a sole proprietor (12-digit INN) has no KPP");
        }
        if (soleProprietor && ogrn != null && ogrn.length() == 13) {
            v.error("ogrn", "of a sole proprietor (12-digit INN) is a 15-digit OGRNIP");
        }
        if (inn != null && inn.length() == 10 && ogrn != null && ogrn.length() == 15) {
            v.error("ogrn", "of a legal entity (10-digit INN) has 13 digits; 15 digits is a sole proprietor's OGRNIP");
        }
        if (isBlank(d.inn()) && kpp != null) {
            v.error("kpp", "needs the organisation's INN");
        }
        return common(v, ContactKind.ORGANIZATION, name, inn, kpp, ogrn, null, null, null, null,
                d.phones(), d.emails(), d.addresses(), d.tags(), d.note(), d.responsible());
    }

    static ContactData person(PersonDraft d) {
        if (d == null) {
            throw ValidationException.field("body", "is required");
        }
        Checks v = new Checks();
        String last = v.line(d.lastName(), "lastName", MAX_NAME_PART, false);
        String first = v.line(d.firstName(), "firstName", MAX_NAME_PART, false);
        String middle = v.line(d.middleName(), "middleName", MAX_NAME_PART, false);
        if (isBlank(d.lastName()) && isBlank(d.firstName())) {
            v.error("lastName", "is required when firstName is empty");
        }
        LocalDate birth = d.birthDate();
        if (birth != null && birth.isAfter(LocalDate.now())) {
            v.error("birthDate", "must not be in the future");
        } else if (birth != null && birth.isBefore(EARLIEST_BIRTH)) {
            v.error("birthDate", "must not be before " + EARLIEST_BIRTH);
        }
        String inn = v.get(() -> ContactRules.personInn(d.inn(), "inn"));
        List<String> parts = new ArrayList<>();
        for (String part : new String[] {last, first, middle}) {
            if (part != null) {
                parts.add(part);
            }
        }
        return common(v, ContactKind.PERSON, String.join(" ", parts), inn, null, null, last, first, middle, birth,
                d.phones(), d.emails(), d.addresses(), d.tags(), d.note(), d.responsible());
    }

    private static ContactData common(Checks v, ContactKind kind, String name, String inn, String kpp, String ogrn,
                                      String last, String first, String middle, LocalDate birth,
                                      List<String> phones, List<String> emails, List<Address> addresses,
                                      Set<String> tags, String note, List<Responsible> responsible) {
        List<String> cleanPhones = v.list(phones, "phones", MAX_PHONES, ContactRules::phone);
        List<String> cleanEmails = v.list(emails, "emails", MAX_EMAILS, ContactRules::email);
        List<Address> cleanAddresses = v.list(addresses, "addresses", MAX_ADDRESSES, (a, f) -> address(a, f));
        List<String> cleanTags = v.list(new ArrayList<>(tags), "tags", MAX_TAGS, Drafts::tag);
        String cleanNote = v.text(note, "note", MAX_NOTE);
        List<Responsible> cleanResponsible = responsible == null ? null
                : v.list(responsible, "responsible", MAX_RESPONSIBLE, Drafts::responsible);
        v.throwIfInvalid();
        return new ContactData(kind, name, inn, kpp, ogrn, last, first, middle, birth,
                cleanPhones, cleanEmails, cleanAddresses, cleanTags, cleanNote, cleanResponsible);
    }

    private static Address address(Address a, String field) {
        Checks v = new Checks();
        String kind = v.line(a.kind(), field + ".kind", 10, true);
        if (kind != null) {
            kind = kind.toLowerCase(Locale.ROOT);
            if (!ADDRESS_KINDS.contains(kind)) {
                v.error(field + ".kind", "must be one of legal, postal, actual");
            }
        }
        String text = v.line(a.text(), field + ".text", MAX_ADDRESS, true);
        v.throwIfInvalid();
        return new Address(kind, text);
    }

    /**
     * A line code in lower case ({@link Responsible#MAIN} when empty) and a login of the staff directory's form;
     * whether that login is an active member is checked by the service, which knows the directory.
     */
    static Responsible responsible(Responsible r, String field) {
        Checks v = new Checks();
        String line = v.line(r.line(), field + ".line", MAX_LINE, false);
        line = line == null ? Responsible.MAIN : line.toLowerCase(Locale.ROOT);
        if (!LINE.matcher(line).matches()) {
            v.error(field + ".line", "must be a line code: letters, digits and dashes, starting with a letter");
        }
        String login = v.line(r.login(), field + ".login", MAX_LOGIN, true);
        v.throwIfInvalid();
        return new Responsible(line, login);
    }

    static String tag(String raw, String field) {
        String tag = raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (tag.length() > MAX_TAG) {
            throw ValidationException.field(field, "must be at most " + MAX_TAG + " characters");
        }
        if (!TAG.matcher(tag).matches()) {
            throw ValidationException.field(field, "may hold letters, digits, spaces, '.', '_' and '-', starting with a letter or digit");
        }
        return tag;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
