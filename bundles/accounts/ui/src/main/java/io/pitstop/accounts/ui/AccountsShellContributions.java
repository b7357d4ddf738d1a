package io.pitstop.accounts.ui;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountEvents;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.SearchProvider;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * What personal accounts bring to the shell: their group in the global
 * search and the dashboard's money counters, each linking to the account
 * list filtered the way it counted.
 */
final class AccountsShellContributions {
    private static final PageRequest.SortOrder BY_NUMBER = new PageRequest.SortOrder("number", true);

    private AccountsShellContributions() {
    }

    /** What every contribution here shares: the texts and the roles that may see accounts. */
    interface Accounts extends io.pitstop.ui.api.Contribution {
        @Override
        default Texts texts() {
            return AccountsUi.TEXTS;
        }

        @Override
        default Set<String> requiredRoles() {
            return AccountsUi.VIEW;
        }
    }

    /** Accounts by a fragment of the number, and the accounts of contacts the text finds (owner name, INN). */
    @Component(service = SearchProvider.class)
    public static class Search implements SearchProvider, Accounts {
        /** Owners looked at for a name; a name common enough to pass it is narrowed by typing more. */
        static final int OWNERS = 10;

        private final AccountService accounts;

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
        private volatile ContactService contacts;

        @Activate
        public Search(@Reference AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public String type() {
            return AccountId.TYPE;
        }

        @Override
        public List<SearchHit> search(String text, int limit, Actor actor) {
            Map<AccountId, SearchHit> hits = new LinkedHashMap<>();
            for (Account a : accounts.search(new AccountQuery(null, null, text), new PageRequest(0, limit, List.of(BY_NUMBER))).items()) {
                hits.put(a.id(), hit(a, null));
            }
            ContactService owners = contacts;
            if (owners != null && hits.size() < limit) {
                for (Contact owner : owners.find(new ContactQuery(text, null, null, null), new PageRequest(0, OWNERS,
                        List.of(new PageRequest.SortOrder("name", true))))) {
                    for (Account a : accounts.search(new AccountQuery(owner.id(), null, null),
                            new PageRequest(0, limit, List.of(BY_NUMBER))).items()) {
                        hits.putIfAbsent(a.id(), hit(a, owner.name()));
                    }
                    if (hits.size() >= limit) {
                        break;
                    }
                }
            }
            return hits.values().stream().limit(limit).toList();
        }

        private static SearchHit hit(Account a, String owner) {
            String status = AccountsUi.status(a.status());
            return new SearchHit(AccountsUi.t("search.title", Ui.formats().accountNumber(a.number()), a.currency()),
                    owner == null ? status : owner + " · " + status, Routes.card(Routes.ACCOUNT, a.id()));
        }

        @Override
        public String labelKey() {
            return "search.group";
        }

        @Override
        public int order() {
            return 20;
        }
    }

    /** Accounts in one status, linking to the list filtered by it. */
    abstract static class StatusCounter implements DashboardCounter, Accounts {
        private final AccountService accounts;
        private final AccountStatus status;

        StatusCounter(AccountService accounts, AccountStatus status) {
            this.accounts = accounts;
            this.status = status;
        }

        @Override
        public String id() {
            return "accounts-" + status.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String area() {
            return DashboardArea.MONEY;
        }

        @Override
        public Value value(Actor actor) {
            return Value.of(accounts.count(new AccountQuery(null, status, null)));
        }

        @Override
        public String link() {
            return ListParams.link(Routes.ACCOUNTS, AccountsListView.STATUS, status);
        }

        @Override
        public List<String> topics() {
            return List.of(AccountEvents.PREFIX + "*");
        }

        @Override
        public String labelKey() {
            return "counter." + id();
        }
    }

    @Component(service = DashboardCounter.class)
    public static class Active extends StatusCounter {
        @Activate
        public Active(@Reference AccountService accounts) {
            super(accounts, AccountStatus.ACTIVE);
        }

        @Override
        public int order() {
            return 20;
        }
    }

    @Component(service = DashboardCounter.class)
    public static class Suspended extends StatusCounter {
        @Activate
        public Suspended(@Reference AccountService accounts) {
            super(accounts, AccountStatus.SUSPENDED);
        }

        @Override
        public int order() {
            return 21;
        }
    }

    /** Active accounts below their critical balance; see {@link BelowCritical}. */
    @Component(service = DashboardCounter.class)
    public static class Critical implements DashboardCounter, Accounts {
        private final AccountService accounts;
        private final Ledger ledger;

        @Activate
        public Critical(@Reference AccountService accounts, @Reference Ledger ledger) {
            this.accounts = accounts;
            this.ledger = ledger;
        }

        @Override
        public String id() {
            return "accounts-critical";
        }

        @Override
        public String area() {
            return DashboardArea.MONEY;
        }

        @Override
        public Value value(Actor actor) {
            BelowCritical.Found found = BelowCritical.find(accounts, ledger);
            return new Value(found.accounts().size(), found.partial());
        }

        @Override
        public String link() {
            return ListParams.link(Routes.ACCOUNTS, AccountsListView.BELOW_CRITICAL, true);
        }

        @Override
        public List<String> topics() {
            return List.of(AccountEvents.PREFIX + "*", LedgerEvents.POSTED, LedgerEvents.REVERSED);
        }

        @Override
        public String labelKey() {
            return "counter.accounts-critical";
        }

        @Override
        public int order() {
            return 22;
        }
    }
}
