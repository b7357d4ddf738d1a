package io.pitstop.accounts.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ui.api.RecordAction;
import io.pitstop.ui.api.RecordExtensions;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The account views, registered while both the accounts service and the
 * ledger are there (an account without its money would mislead). Contacts
 * and plugin tabs are followed dynamically.
 */
final class AccountsContributions {
    private AccountsContributions() {
    }

    /** What the account views share: the services, the route, the view class and how to build it. */
    abstract static class Base implements ViewContribution {
        final AccountService accounts;
        final Ledger ledger;
        private final String route;
        private final Class<? extends Component> viewClass;
        private final Function<AccountsUi, ? extends Component> view;
        private final String labelKey;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        volatile ContactService contacts;

        @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
        volatile List<RecordTab> tabs;

        @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
        volatile List<RecordAction> actions;

        <V extends Component> Base(AccountService accounts, Ledger ledger, String route, Class<V> viewClass,
                Function<AccountsUi, V> view, String labelKey) {
            this.accounts = accounts;
            this.ledger = ledger;
            this.route = route;
            this.viewClass = viewClass;
            this.view = view;
            this.labelKey = labelKey;
        }

        AccountsUi ui() {
            return new AccountsUi(accounts, ledger, () -> Optional.ofNullable(contacts),
                    new RecordExtensions(() -> tabs == null ? List.of() : List.copyOf(tabs),
                    () -> actions == null ? List.of() : List.copyOf(actions)));
        }

        @Override
        public String route() {
            return route;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return viewClass;
        }

        @Override
        public Component createView() {
            return view.apply(ui());
        }

        @Override
        public String labelKey() {
            return labelKey;
        }

        @Override
        public Texts texts() {
            return AccountsUi.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return AccountsUi.VIEW;
        }
    }

    /** The list at {@code /accounts}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Listing extends Base {
        @Activate
        public Listing(@Reference AccountService accounts, @Reference Ledger ledger) {
            super(accounts, ledger, Routes.ACCOUNTS, AccountsListView.class, AccountsListView::new, "menu.accounts");
        }

        @Override
        public String icon() {
            return "WALLET";
        }

        @Override
        public int order() {
            return 20;
        }
    }

    /** The card at {@code /account/<id>}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Card extends Base {
        @Activate
        public Card(@Reference AccountService accounts, @Reference Ledger ledger) {
            super(accounts, ledger, Routes.ACCOUNT, AccountCardView.class, AccountCardView::new, "card.title");
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }

    /** The card with the top-up form open at {@code /account-topup/<id>}; only for the roles that post. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Topup extends Base {
        @Activate
        public Topup(@Reference AccountService accounts, @Reference Ledger ledger) {
            super(accounts, ledger, Routes.ACCOUNT_TOPUP, AccountTopupView.class, AccountTopupView::new, "posting.topup");
        }

        @Override
        public Set<String> requiredRoles() {
            return AccountsUi.POST;
        }

        @Override
        public boolean inMenu() {
            return false;
        }
    }
}
