package io.pitstop.accounts.api;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import java.util.List;

/**
 * Opens, changes and closes personal accounts. Opening an account also opens
 * its book in the ledger in the same transaction, so a posting can never
 * name an account the ledger does not know.
 */
public interface AccountService {
    List<String> SORTABLE = List.of("number", "createdAt", "status");

    /** @throws io.pitstop.core.api.NotFoundException when the owner does not exist */
    Account open(Actor actor, AccountDraft draft);

    Account get(AccountId id);

    Account byNumber(String number);

    Page<Account> search(AccountQuery query, PageRequest page);

    Account change(Actor actor, AccountId id, AccountChange change);

    /** CLOSED is final; closing needs a zero balance and no open holds. */
    Account setStatus(Actor actor, AccountId id, AccountStatus status, String reason);

    long count(AccountQuery query);
}
