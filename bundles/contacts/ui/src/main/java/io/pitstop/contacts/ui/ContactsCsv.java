package io.pitstop.contacts.ui;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.Csv;
import java.io.OutputStream;
import java.util.List;

/**
 * The contacts a filter finds, as CSV ({@link Csv}), sorted by name. Written
 * page by page straight to the download, so a large export never sits in
 * memory; addresses and notes stay out (a card shows them).
 */
final class ContactsCsv {
    static final int PAGE = 1000;

    private ContactsCsv() {
    }

    static void write(ContactService contacts, ContactQuery filter, OutputStream stream) {
        Csv csv = Csv.to(stream);
        csv.row("id", "kind", "name", "inn", "kpp", "ogrn", "last_name", "first_name", "middle_name", "birth_date",
                "phones", "emails", "tags", "status", "created_at");
        for (int offset = 0; ; offset += PAGE) {
            List<Contact> page = contacts.find(filter, new PageRequest(offset, PAGE, List.of(ContactsListView.BY_NAME)));
            for (Contact c : page) {
                csv.row(c.id().toString(), c.kind().name(), c.name(), c.inn(), c.kpp(), c.ogrn(), c.lastName(),
                        c.firstName(), c.middleName(), c.birthDate() == null ? null : c.birthDate().toString(),
                        String.join(", ", c.phones()), String.join(", ", c.emails()), String.join(", ", c.tags()),
                        c.status().name(), c.createdAt().toString());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        csv.flush();
    }
}
