package io.pitstop.shell;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.Ledger;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Shows an account's balance, reserved and available amounts. */
@Service
@Command(scope = "pitstop", name = "account-balance", description = "Balance, reserved and available money of an account")
public class AccountBalance implements Action {
    @Reference
    private AccountService accounts;

    @Reference
    private Ledger ledger;

    @Argument(index = 0, name = "account", description = "account id or number", required = true)
    private String account;

    @Override
    public Object execute() {
        Account a = account.length() == 36 && account.indexOf('-') > 0 ? accounts.get(AccountId.parse(account)) : accounts.byNumber(account);
        BookBalance b = ledger.balance(a.id().value());
        System.out.printf("Account   %s (%s, %s)%n", a.number(), a.status(), a.currency());
        System.out.printf("Balance   %s%n", b.balance().toPlainString());
        System.out.printf("Reserved  %s%n", b.reserved().toPlainString());
        System.out.printf("Limit     %s%n", b.creditLimit().toPlainString());
        System.out.printf("Available %s%n", b.available().toPlainString());
        return null;
    }
}
