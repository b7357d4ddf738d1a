package io.pitstop.accounts.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.Test;

public class BelowCriticalTest {
    private final List<Account> accounts = new ArrayList<>();
    private final Map<UUID, BigDecimal> balances = new HashMap<>();
    private int pagesRead;

    private Account account(String balance, String critical) {
        Account a = new Account(new AccountId(UUID.randomUUID()), "40-" + accounts.size(), ContactId.random(), "RUB",
                AccountStatus.ACTIVE, BigDecimal.ZERO, critical == null ? null : new BigDecimal(critical), "Europe/Moscow",
                Instant.now(), Instant.now(), 0);
        accounts.add(a);
        if (balance != null) {
            balances.put(a.id().value(), new BigDecimal(balance));
        }
        return a;
    }

    private BelowCritical.Found find() {
        return BelowCritical.find(page -> {
            pagesRead++;
            List<Account> items = accounts.stream().skip(page.offset()).limit(page.limit()).toList();
            return new Page<>(items, accounts.size(), page.offset(), page.limit());
        }, book -> {
            BigDecimal b = balances.get(book);
            return b == null ? null : new BookBalance(book, "RUB", b, BigDecimal.ZERO, BigDecimal.ZERO, b, BookStatus.OPEN);
        });
    }

    @Test
    public void accountsBelowTheirCriticalBalanceAreFoundAcrossPages() {
        for (int i = 0; i < 1200; i++) {
            account(i % 3 == 0 ? "99.99" : "100.00", "100.00");
        }
        account("-5.00", null);
        account(null, "10.00");
        BelowCritical.Found found = find();
        assertEquals("below, not at; no critical balance or no money yet is not below", 400, found.accounts().size());
        assertFalse(found.partial());
        assertTrue(found.accounts().stream().allMatch(a -> balances.get(a.id().value()).compareTo(a.criticalBalance()) < 0));
    }

    @Test
    public void theWalkStopsAtTheLimitAndSaysSo() {
        for (int i = 0; i < BelowCritical.SCAN_LIMIT + 10; i++) {
            account("0.00", "1.00");
        }
        BelowCritical.Found found = find();
        assertTrue(found.partial());
        assertEquals(BelowCritical.SCAN_LIMIT, found.accounts().size());
        assertEquals(BelowCritical.SCAN_LIMIT / 500, pagesRead);
    }
}
