package io.pitstop.ui.shell.views;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.Ledger;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.Test;

public class CountersTest {
    /** A service of which only the named methods work. */
    @SuppressWarnings("unchecked")
    static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return type.getSimpleName();
                default:
                    break;
            }
            Function<Object[], Object> m = methods.get(method.getName());
            if (m == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return m.apply(args);
        });
    }

    private final List<Account> accounts = new ArrayList<>();
    private final Map<UUID, BigDecimal> balances = new HashMap<>();

    private Account account(String balance, String critical) {
        Account a = new Account(new AccountId(UUID.randomUUID()), "40-" + accounts.size(), ContactId.random(), "RUB",
                AccountStatus.ACTIVE, BigDecimal.ZERO, critical == null ? null : new BigDecimal(critical), "Europe/Moscow",
                Instant.now(), Instant.now(), 0);
        accounts.add(a);
        balances.put(a.id().value(), new BigDecimal(balance));
        return a;
    }

    private AccountService accountService() {
        return fake(AccountService.class, Map.of("search", args -> {
            PageRequest page = (PageRequest) args[1];
            List<Account> items = accounts.stream().skip(page.offset()).limit(page.limit()).toList();
            return new Page<>(items, accounts.size(), page.offset(), page.limit());
        }, "count", args -> (long) accounts.stream().filter(a -> ((AccountQuery) args[0]).status() == a.status()).count()));
    }

    private Ledger ledger() {
        return fake(Ledger.class, Map.of("balance", args -> {
            UUID book = (UUID) args[0];
            BigDecimal b = balances.get(book);
            return new BookBalance(book, "RUB", b, BigDecimal.ZERO, BigDecimal.ZERO, b, BookStatus.OPEN);
        }, "journal", args -> {
            JournalQuery q = (JournalQuery) args[0];
            // midnight in Moscow on the day of "now" below
            assertEquals(Instant.parse("2026-11-23T21:00:00Z"), q.from());
            return new Page<>(List.of(), 17, 0, 1);
        }));
    }

    @Test
    public void accountsBelowTheirCriticalBalanceAreCountedAcrossPages() {
        for (int i = 0; i < 1200; i++) {
            account(i % 3 == 0 ? "99.99" : "100.00", "100.00");
        }
        account("-5.00", null);
        Counters.Critical c = Counters.belowCritical(accountService(), ledger());
        assertEquals(400, c.count());
        assertFalse(c.partial());
    }

    @Test
    public void aCounterWithoutItsServiceIsEmptyNotZero() {
        assertNull(Counters.belowCritical(null, ledger()));
        assertTrue(Counters.contacts(null).isEmpty());
        assertTrue(Counters.postingsToday(null, ZoneId.of("Europe/Moscow"), Instant.now()).isEmpty());
    }

    @Test
    public void todaysPostingsStartAtMidnightInTheBusinessZone() {
        Instant now = Instant.parse("2026-11-24T08:00:00Z");
        assertEquals(17, Counters.postingsToday(ledger(), ZoneId.of("Europe/Moscow"), now).getAsLong());
    }

    @Test
    public void activeAndSuspendedAccountsAreCountedByStatus() {
        account("1.00", null);
        assertEquals(1, Counters.accounts(accountService(), AccountStatus.ACTIVE).getAsLong());
        assertEquals(0, Counters.accounts(accountService(), AccountStatus.SUSPENDED).getAsLong());
    }
}
