package io.pitstop.accounts.ui;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Active accounts whose balance is below their critical balance: the
 * dashboard counts them and the account list shows them
 * ({@code accounts?belowCritical=true}). The accounts API has no query for
 * it, so active accounts are walked page by page with their ledger balance,
 * at most {@link #SCAN_LIMIT} of them; past it the result is partial.
 */
final class BelowCritical {
    static final int SCAN_LIMIT = 20_000;
    private static final int SCAN_PAGE = 500;
    private static final PageRequest.SortOrder BY_NUMBER = new PageRequest.SortOrder("number", true);

    /** The accounts found, and whether accounts were left unchecked. */
    record Found(List<Account> accounts, boolean partial) {
    }

    private BelowCritical() {
    }

    static Found find(AccountService accounts, Ledger ledger) {
        return find(page -> accounts.search(new AccountQuery(null, AccountStatus.ACTIVE, null), page), book -> {
            try {
                return ledger.balance(book);
            } catch (NotFoundException notYetPosted) {
                return null;
            }
        });
    }

    /** @param activePage a page of active accounts; @param balance a book's balance, null when the ledger has none */
    static Found find(Function<PageRequest, Page<Account>> activePage, Function<UUID, BookBalance> balance) {
        List<Account> found = new ArrayList<>();
        int offset = 0;
        long total;
        do {
            Page<Account> page = activePage.apply(new PageRequest(offset, SCAN_PAGE, List.of(BY_NUMBER)));
            total = page.total();
            for (Account a : page.items()) {
                BookBalance b = a.criticalBalance() == null ? null : balance.apply(a.id().value());
                if (b != null && b.balance().compareTo(a.criticalBalance()) < 0) {
                    found.add(a);
                }
            }
            if (page.items().isEmpty()) {
                break;
            }
            offset += page.items().size();
        } while (offset < total && offset < SCAN_LIMIT);
        return new Found(List.copyOf(found), offset < total);
    }
}
