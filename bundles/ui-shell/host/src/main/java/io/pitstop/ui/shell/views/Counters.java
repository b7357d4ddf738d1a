package io.pitstop.ui.shell.views;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.Ledger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;

/**
 * The dashboard's numbers, each read from the domain service that owns it.
 * A counter whose service is absent is empty rather than zero.
 */
public final class Counters {
    /**
     * Accounts checked against their critical balance at most; past this the
     * count is a lower bound, shown with a "+" (the accounts API has no
     * query for it yet).
     */
    static final int CRITICAL_SCAN_LIMIT = 20_000;
    private static final int SCAN_PAGE = 500;

    private Counters() {
    }

    public static OptionalLong contacts(ContactService contacts) {
        return contacts == null ? OptionalLong.empty()
                : OptionalLong.of(contacts.count(new ContactQuery(null, null, ContactStatus.ACTIVE, null)));
    }

    public static OptionalLong accounts(AccountService accounts, AccountStatus status) {
        return accounts == null ? OptionalLong.empty() : OptionalLong.of(accounts.count(new AccountQuery(null, status, null)));
    }

    /** Postings since midnight in {@code zone}. */
    public static OptionalLong postingsToday(Ledger ledger, ZoneId zone, Instant now) {
        if (ledger == null) {
            return OptionalLong.empty();
        }
        Instant midnight = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return OptionalLong.of(ledger.journal(new JournalQuery(null, midnight, null, null, null), PageRequest.first(1)).total());
    }

    /** Active accounts whose balance is below their critical balance; see {@link #CRITICAL_SCAN_LIMIT}. */
    public static Critical belowCritical(AccountService accounts, Ledger ledger) {
        if (accounts == null || ledger == null) {
            return null;
        }
        long found = 0;
        int offset = 0;
        long total;
        do {
            Page<Account> page = accounts.search(new AccountQuery(null, AccountStatus.ACTIVE, null),
                    new PageRequest(offset, SCAN_PAGE, List.of(new PageRequest.SortOrder("number", true))));
            total = page.total();
            for (Account a : page.items()) {
                BookBalance b = ledger.balance(a.id().value());
                if (a.criticalBalance() != null && b != null && b.balance().compareTo(a.criticalBalance()) < 0) {
                    found++;
                }
            }
            if (page.items().isEmpty()) {
                break;
            }
            offset += page.items().size();
        } while (offset < total && offset < CRITICAL_SCAN_LIMIT);
        return new Critical(found, offset < total);
    }

    /** A count that may stop short when there were too many accounts to check. */
    public record Critical(long count, boolean partial) {
    }
}
