package io.pitstop.ledger.impl;

import static io.pitstop.ledger.impl.LedgerFixture.ACCOUNTANT;
import static io.pitstop.ledger.impl.LedgerFixture.ADMIN;
import static io.pitstop.ledger.impl.LedgerFixture.BANK;
import static io.pitstop.ledger.impl.LedgerFixture.REVENUE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.Test;

public class PostingTest extends TestDatabases.OnBoth {

    static Set<String> fields(ValidationException e) {
        return e.fieldErrors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    public void houseBooksExistFromTheStart() {
        BookBalance bank = f.ledger.balance(BANK);
        assertEquals("RUB", bank.currency());
        assertEquals(0, bank.balance().signum());
        assertEquals(BookStatus.OPEN, bank.status());
    }

    @Test
    public void postsBalancedTransactionsAndKeepsRunningBalances() {
        UUID a = f.book("0");
        UUID b = f.book("0");
        LedgerTransaction topup = f.topup(a, "100.00");
        LedgerTransaction move = f.transfer(a, b, "30.5");

        assertEquals(0, money("69.50").compareTo(f.balance(a)));
        assertEquals(0, money("30.50").compareTo(f.balance(b)));
        assertEquals(0, money("-100.00").compareTo(f.balance(BANK)));
        assertEquals(2, move.entries().size());
        assertEquals(0, money("69.50").compareTo(move.entries().get(0).balanceAfter()));
        assertEquals(2, move.entries().get(0).sequence()); // second entry of book a
        assertEquals("anna", move.author());
        assertFalse(move.replayed());
        assertEquals(64, move.hash().length());

        LedgerTransaction stored = f.ledger.get(move.id());
        assertEquals(move.entries(), stored.entries());
        assertEquals(move.hash(), stored.hash());
        assertEquals(move.postedAt(), stored.postedAt());
        assertEquals(2, f.ledger.journal(new JournalQuery(a, null, null, null, null), PageRequest.first(10)).total());
        assertEquals(topup.id(), f.ledger.journal(new JournalQuery(null, null, null, TransactionType.TOPUP, null),
                PageRequest.first(10)).items().get(0).id());
        assertEquals(2, f.events.stream().filter(e -> e.topic().equals(LedgerEvents.POSTED)).count());
        assertEquals("-30.50,30.50", f.events.get(1).properties().get("amounts"));
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void refusesUnbalancedImpreciseAndIncompleteRequestsAllAtOnce() {
        UUID a = f.book("0");
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.post(ACCOUNTANT, new PostingRequest(
                "k1", "Bad Type", " ", null, List.of(
                        new PostingLine(a, money("10.005"), "RUB", null),
                        new PostingLine(BANK, BigDecimal.ZERO, "RUBX", null),
                        new PostingLine(null, money("1"), "RUB", null)), false)));
        assertEquals(Set.of("type", "reason", "sourceDocument", "lines[0].amount", "lines[1].amount", "lines[1].currency",
                "lines[2].book"), fields(e));

        e = assertThrows(ValidationException.class, () -> f.ledger.post(ACCOUNTANT, new PostingRequest("k2", "charge", "r", "d",
                List.of(new PostingLine(a, money("-10.00"), "RUB", null), new PostingLine(REVENUE, money("9.99"), "RUB", null)),
                false)));
        assertEquals(Set.of("lines"), fields(e));
        assertTrue(e.getMessage(), e.getMessage().contains("RUB is off by -0.01"));

        e = assertThrows(ValidationException.class, () -> f.ledger.post(ACCOUNTANT, new PostingRequest(null, "charge", "r", "d",
                List.of(new PostingLine(a, money("-10.00"), "RUB", null)), false)));
        assertEquals(Set.of("idempotencyKey", "lines"), fields(e));
        assertEquals(0, f.ledger.journal(null, null).total());
    }

    @Test
    public void unknownBooksAndWrongCurrenciesAreFieldErrorsAndNothingIsWritten() {
        UUID a = f.book("1000");
        UUID usd = UUID.randomUUID();
        f.ledger.openBook(usd, "USD", null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.post(ACCOUNTANT, new PostingRequest(
                "k", "transfer", "r", "d", List.of(
                        new PostingLine(a, money("-5"), "RUB", null),
                        new PostingLine(UUID.randomUUID(), money("5"), "RUB", null),
                        new PostingLine(usd, money("-5"), "RUB", null),
                        new PostingLine(BANK, money("5"), "RUB", null)), false)));
        assertEquals(Set.of("lines[1].book", "lines[2].currency"), fields(e));
        assertEquals(0, f.balance(a).signum());
        assertEquals(0, f.ledger.balance(a).available().compareTo(money("1000")));
        assertEquals(0, f.ledger.journal(null, null).total());
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void closedBooksTakeNoPostings() {
        UUID a = f.book("0");
        f.topup(a, "10");
        f.ledger.updateBook(a, null, BookStatus.CLOSED, null);
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> f.topup(a, "1"));
        assertEquals("book-closed", e.type());
        assertEquals(0, money("10").compareTo(f.balance(a)));
        assertEquals(0, money("-10").compareTo(f.balance(BANK)));
    }

    @Test
    public void debitsStayWithinBalanceAndCreditLimitUnlessAllowed() {
        UUID a = f.book("50");
        UUID b = f.book("0");
        f.topup(a, "20");
        f.transfer(a, b, "70"); // 20 + 50 limit
        BusinessRuleException e = assertThrows(BusinessRuleException.class, () -> f.transfer(a, b, "0.01"));
        assertEquals("insufficient-funds", e.type());
        assertEquals(0, money("-50").compareTo(f.balance(a)));

        f.ledger.updateBook(b, new BigDecimal("100"), null, null);
        f.transfer(b, a, "170");
        assertEquals(0, money("-100").compareTo(f.balance(b)));
        assertEquals("staying within the limit is no overdraft", List.of(), f.events(LedgerEvents.OVERDRAWN));
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void noTypeTakesABookPastItsLimitUnlessAnAdministratorSaysSo() {
        UUID a = f.book("0");
        f.topup(a, "150.00");
        int before = f.events.size();
        // an accountant's adjustment, a plugin's own type: refused with the limit named, nothing written
        for (String type : List.of(TransactionType.ADJUSTMENT, TransactionType.CHARGE, "licence-charge")) {
            BusinessRuleException e = assertThrows(BusinessRuleException.class,
                    () -> f.ledger.post(ACCOUNTANT, LedgerFixture.request(f.key(), type, a, REVENUE, "10000.00")));
            assertEquals("insufficient-funds", e.type());
            assertTrue(e.getMessage(), e.getMessage().contains("credit limit 0.00"));
        }
        assertEquals(0, money("150.00").compareTo(f.balance(a)));
        assertEquals("a refusal raises nothing", before, f.events.size());

        PostingRequest overdraft = new PostingRequest("od", TransactionType.ADJUSTMENT, "agreed with the director",
                "memo 7", List.of(new PostingLine(a, money("-10000.00"), "RUB", null),
                new PostingLine(REVENUE, money("10000.00"), "RUB", null)), true);
        assertEquals("only an administrator may allow it", Set.of("allowOverdraft"),
                fields(assertThrows(ValidationException.class, () -> f.ledger.post(ACCOUNTANT, overdraft))));
        LedgerTransaction allowed = f.ledger.post(ADMIN, overdraft);
        assertEquals(0, money("-9850.00").compareTo(f.balance(a)));
        List<DomainEvent> overdrawn = f.events(LedgerEvents.OVERDRAWN);
        assertEquals(1, overdrawn.size());
        Map<String, Object> props = overdrawn.get(0).properties();
        assertEquals(a.toString(), props.get("book"));
        assertEquals(allowed.id().toString(), props.get("transactionId"));
        assertEquals("allowOverdraft", props.get("cause"));
        assertEquals("-9850.00", props.get("available"));
        assertEquals("root", props.get("author"));
        assertEquals("agreed with the director", props.get("reason"));
        assertEquals(1, f.audited.size());
        assertTrue(f.audited.get(0), f.audited.get(0).startsWith("OVERDRAWN ledger-book:" + a + " by root"));
        // a repeat is answered from the journal and raises nothing again
        assertTrue(f.ledger.post(ADMIN, overdraft).replayed());
        assertEquals(1, f.events(LedgerEvents.OVERDRAWN).size());
        // an allowed posting that stays within the limit is no overdraft
        f.ledger.post(ADMIN, new PostingRequest("od-2", TransactionType.CHARGE, "r", "d", List.of(
                new PostingLine(REVENUE, money("-1.00"), "RUB", null), new PostingLine(a, money("1.00"), "RUB", null)), true));
        assertEquals(1, f.events(LedgerEvents.OVERDRAWN).size());
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void sameKeyAndRequestReplaysTheFirstResultAnotherRequestConflicts() {
        UUID a = f.book("0");
        PostingRequest request = LedgerFixture.request("pay-1", TransactionType.TOPUP, BANK, a, "100");
        LedgerTransaction first = f.ledger.post(ACCOUNTANT, request);
        LedgerTransaction again = f.ledger.post(ACCOUNTANT, request);
        assertTrue(again.replayed());
        assertEquals(first.id(), again.id());
        assertEquals(first.entries(), again.entries());
        assertEquals(0, money("100").compareTo(f.balance(a)));

        ConflictException e = assertThrows(ConflictException.class, () -> f.ledger.post(ACCOUNTANT,
                LedgerFixture.request("pay-1", TransactionType.TOPUP, BANK, a, "100.01")));
        assertEquals(first.id().toString(), e.existingId());
        assertEquals(1, f.ledger.journal(null, null).total());
    }

    @Test
    public void concurrentRequestsWithOneKeyPostOnce() throws Exception {
        UUID a = f.book("0");
        PostingRequest request = LedgerFixture.request("same", TransactionType.TOPUP, BANK, a, "7");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<LedgerTransaction>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> f.ledger.post(ACCOUNTANT, request)));
            }
            Set<Object> ids = new java.util.HashSet<>();
            int replays = 0;
            for (Future<LedgerTransaction> r : results) {
                ids.add(r.get().id());
                replays += r.get().replayed() ? 1 : 0;
            }
            assertEquals(1, ids.size());
            assertEquals(11, replays);
        } finally {
            pool.shutdown();
        }
        assertEquals(0, money("7").compareTo(f.balance(a)));
        assertEquals(1, f.ledger.journal(null, null).total());
    }

    @Test
    public void severalLinesOnOneBookChainInLineOrder() {
        UUID a = f.book("0");
        f.topup(a, "100");
        LedgerTransaction split = f.ledger.post(ACCOUNTANT, new PostingRequest("split", "charge", "licence and support", "act 3",
                List.of(new PostingLine(a, money("-60"), "RUB", "licence"), new PostingLine(REVENUE, money("75"), "RUB", null),
                        new PostingLine(a, money("-15"), "RUB", "support")), false));
        assertEquals(2, split.entries().get(0).sequence());
        assertEquals(0, money("40").compareTo(split.entries().get(0).balanceAfter()));
        assertEquals(3, split.entries().get(2).sequence());
        assertEquals(0, money("25").compareTo(split.entries().get(2).balanceAfter()));
        assertEquals(split.entries(), f.ledger.get(split.id()).entries());
        assertEquals("insufficient-funds", assertThrows(BusinessRuleException.class, () -> f.ledger.post(ACCOUNTANT,
                new PostingRequest("split-2", "charge", "r", "d", List.of(new PostingLine(a, money("-20"), "RUB", null),
                        new PostingLine(REVENUE, money("26"), "RUB", null), new PostingLine(a, money("-6"), "RUB", null)),
                        false))).type());
        assertEquals(0, money("25").compareTo(f.balance(a)));
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void openBookIsRepeatableButKeepsItsCurrency() {
        UUID a = f.book("10");
        f.ledger.openBook(a, "RUB", new BigDecimal("10"), BookStatus.OPEN, "Europe/Moscow");
        assertThrows(ConflictException.class, () -> f.ledger.openBook(a, "EUR", null, null, null));
        assertEquals(Set.of("currency", "creditLimit", "timeZone"), fields(assertThrows(ValidationException.class,
                () -> f.ledger.openBook(UUID.randomUUID(), "RUBLES", new BigDecimal("-1"), null, "Mars/Base"))));
        assertThrows(io.pitstop.core.api.NotFoundException.class,
                () -> f.ledger.updateBook(UUID.randomUUID(), BigDecimal.ONE, null, null));
        assertNotEquals(null, f.ledger.balance(a));
    }
}
