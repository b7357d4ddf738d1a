package io.pitstop.contacts.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.AuditService;
import io.pitstop.ui.api.RecordAction;
import io.pitstop.ui.api.RecordExtensions;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The contact views, registered while the contact service is there. The
 * card follows accounts, audit and plugin tabs dynamically, so a plugin's
 * tab appears on the next card opened without restarting anything.
 */
final class ContactsContributions {
    private ContactsContributions() {
    }

    /** Shared part of both contributions. */
    interface ContactsView extends ViewContribution {
        @Override
        default Texts texts() {
            return ContactsUi.TEXTS;
        }

        @Override
        default Set<String> requiredRoles() {
            return ContactsUi.VIEW;
        }
    }

    /** The searchable list at {@code /contacts}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Listing implements ContactsView {
        private final ContactService contacts;

        @Activate
        public Listing(@Reference ContactService contacts) {
            this.contacts = contacts;
        }

        @Override
        public String route() {
            return Routes.CONTACTS;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return ContactsListView.class;
        }

        @Override
        public Component createView() {
            return new ContactsListView(contacts);
        }

        @Override
        public String labelKey() {
            return "menu.contacts";
        }

        @Override
        public String icon() {
            return "USERS";
        }

        @Override
        public int order() {
            return 10;
        }
    }

    /** The contact card at {@code /contact/<id>}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Card implements ContactsView {
        private final ContactService contacts;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile AccountService accounts;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile AuditService audit;

        @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
        private volatile List<RecordTab> tabs;

        @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
        private volatile List<RecordAction> actions;

        @Activate
        public Card(@Reference ContactService contacts) {
            this.contacts = contacts;
        }

        @Override
        public String route() {
            return Routes.CONTACT;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return ContactCardView.class;
        }

        @Override
        public Component createView() {
            return new ContactCardView(new ContactsUi(contacts, () -> Optional.ofNullable(accounts),
                    () -> Optional.ofNullable(audit), new RecordExtensions(() -> tabs == null ? List.of() : List.copyOf(tabs),
                    () -> actions == null ? List.of() : List.copyOf(actions))));
        }

        @Override
        public String labelKey() {
            return "card.title";
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }
}
