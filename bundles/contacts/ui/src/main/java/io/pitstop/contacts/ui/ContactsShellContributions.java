package io.pitstop.contacts.ui;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.SearchProvider;
import io.pitstop.ui.api.Texts;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What contacts bring to the shell: their group in the global search and
 * the active-contacts counter on the dashboard, both registered while the
 * contact service runs.
 */
final class ContactsShellContributions {
    private ContactsShellContributions() {
    }

    /** Contacts by name words, phone, e-mail, INN or its first digits (four or more); active ones only. */
    @Component(service = SearchProvider.class)
    public static class Search implements SearchProvider {
        private final ContactService contacts;

        @Activate
        public Search(@Reference ContactService contacts) {
            this.contacts = contacts;
        }

        @Override
        public String type() {
            return ContactId.TYPE;
        }

        @Override
        public List<SearchHit> search(String text, int limit, Actor actor) {
            // find, not search: the box shows the first hits only, so the matches of a common name are not counted
            return contacts.find(new ContactQuery(text, null, ContactStatus.ACTIVE, null),
                            new PageRequest(0, limit, List.of(ContactsListView.BY_NAME)))
                    .stream().map(Search::hit).toList();
        }

        static SearchHit hit(Contact c) {
            String detail = Stream.of(c.inn() == null ? null : ContactsUi.t("search.inn", c.inn()),
                            c.phones().isEmpty() ? null : c.phones().get(0),
                            c.emails().isEmpty() ? null : c.emails().get(0))
                    .filter(s -> s != null && !s.isBlank()).findFirst().orElse("");
            return new SearchHit(c.name(), detail, Routes.card(Routes.CONTACT, c.id()));
        }

        @Override
        public String labelKey() {
            return "search.group";
        }

        @Override
        public Texts texts() {
            return ContactsUi.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return ContactsUi.VIEW;
        }

        @Override
        public int order() {
            return 10;
        }
    }

    /** Active contacts, linking to the contact list (which opens on active ones). */
    @Component(service = DashboardCounter.class)
    public static class Counter implements DashboardCounter {
        private final ContactService contacts;

        @Activate
        public Counter(@Reference ContactService contacts) {
            this.contacts = contacts;
        }

        @Override
        public String id() {
            return "contacts";
        }

        @Override
        public String area() {
            return DashboardArea.CONTACTS;
        }

        @Override
        public Value value(Actor actor) {
            return Value.of(contacts.count(new ContactQuery(null, null, ContactStatus.ACTIVE, null)));
        }

        @Override
        public String link() {
            return Routes.CONTACTS;
        }

        @Override
        public List<String> topics() {
            return List.of(ContactEvents.PREFIX + "*");
        }

        @Override
        public String labelKey() {
            return "counter.contacts";
        }

        @Override
        public Texts texts() {
            return ContactsUi.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return ContactsUi.VIEW;
        }

        @Override
        public int order() {
            return 10;
        }
    }
}
