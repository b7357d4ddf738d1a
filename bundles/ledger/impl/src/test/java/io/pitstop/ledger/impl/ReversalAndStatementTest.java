package io.pitstop.ledger.impl;

import static io.pitstop.ledger.impl.LedgerFixture.ACCOUNTANT;
import static io.pitstop.ledger.impl.LedgerFixture.BANK;
import static io.pitstop.ledger.impl.LedgerFixture.REVENUE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionId;
import io.pitstop.ledger.api.TransactionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class ReversalAndStatementTest extends TestDatabases.OnBoth {

    private static void same(String expected, BigDecimal actual) {
        assertEquals(expected + " != " + actual, 0, new BigDecimal(expected).compareTo(actual));
    }

    @Test
    public void reversalPostsTheOppositeOnceEvenPastTheLimit() {
        UUID a = f.book("0");
        LedgerTransaction topup = f.topup(a, "100");
        f.transfer(a, REVENUE, "80");
        // the reversal takes the account below zero: corrections always go through
        LedgerTransaction reversal = f.ledger.reverse(ACCOUNTANT, topup.id(), "payment was returned by the bank", "rev-1");
        assertEquals(TransactionType.REVERSAL, reversal.type());
        assertEquals(topup.id(), reversal.reverses());
        same("-100", reversal.entries().get(1).amount());
        same("-80", f.balance(a));
        same("0", f.balance(BANK));
        assertEquals(reversal.id(), f.ledger.get(topup.id()).reversedBy());
        assertNull(f.ledger.get(reversal.id()).reversedBy());

        LedgerTransaction again = f.ledger.reverse(ACCOUNTANT, topup.id(), "payment was returned by the bank", "rev-1");
        assertTrue(again.replayed());
        assertEquals(reversal.id(), again.id());
        ConflictException twice = assertThrows(ConflictException.class,
                () -> f.ledger.reverse(ACCOUNTANT, topup.id(), "again", "rev-2"));
        assertEquals(reversal.id().toString(), twice.existingId());
        assertThrows(NotFoundException.class, () -> f.ledger.reverse(ACCOUNTANT, new TransactionId(UUID.randomUUID()), "x", "rev-3"));
        // reversing the reversal would post the top-up again without the checks a top-up passes
        BusinessRuleException undoTheUndo = assertThrows(BusinessRuleException.class,
                () -> f.ledger.reverse(ACCOUNTANT, reversal.id(), "undo the undo", "rev-4"));
        assertEquals("reversal-not-reversible", undoTheUndo.type());
        assertNull(f.ledger.get(reversal.id()).reversedBy());
        same("-80", f.balance(a));
        assertTrue(f.events.stream().anyMatch(e -> e.topic().equals(LedgerEvents.REVERSED)));
        // the reversal of the spent top-up leaves the account visibly overdrawn, and says so once
        List<DomainEvent> overdrawn = f.events(LedgerEvents.OVERDRAWN);
        assertEquals(1, overdrawn.size());
        assertEquals(a.toString(), overdrawn.get(0).properties().get("book"));
        assertEquals("reversal", overdrawn.get(0).properties().get("cause"));
        assertEquals(reversal.id().toString(), overdrawn.get(0).properties().get("transactionId"));
        assertEquals("-80.00", overdrawn.get(0).properties().get("balance"));
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void statementUsesTheBookDaysInItsZone() {
        UUID a = f.book("100");
        // 23:30 on 1 March in Moscow
        f.clock.set(Instant.parse("2024-03-01T20:30:00Z"));
        f.topup(a, "100.00");
        // 00:30 on 2 March in Moscow, though still 1 March in UTC
        f.clock.set(Instant.parse("2024-03-01T21:30:00Z"));
        LedgerTransaction charge = f.transfer(a, REVENUE, "30.10");
        f.clock.set(Instant.parse("2024-03-02T12:00:00Z"));
        f.transfer(a, REVENUE, "0.40");
        f.clock.set(Instant.parse("2024-03-03T10:00:00Z"));
        f.topup(a, "5.00");

        Statement day = f.ledger.statement(a, LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 2));
        assertEquals("Europe/Moscow", day.timeZone());
        same("100.00", day.opening());
        assertEquals(2, day.lines().size());
        assertEquals(charge.id(), day.lines().get(0).transaction());
        same("69.90", day.lines().get(0).runningBalance());
        same("69.50", day.lines().get(1).runningBalance());
        same("0", day.credits());
        same("30.50", day.debits());
        same("69.50", day.closing());

        Statement all = f.ledger.statement(a, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 31));
        same("0", all.opening());
        assertEquals(4, all.lines().size());
        same("105.00", all.credits());
        same("30.50", all.debits());
        same("74.50", all.closing());
        same("74.50", f.balance(a));
        assertEquals("test topup", all.lines().get(3).reason());
        assertEquals(List.of(), f.ledger.statement(a, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)).lines());
        same("74.50", f.ledger.statement(a, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)).opening());
    }
}
