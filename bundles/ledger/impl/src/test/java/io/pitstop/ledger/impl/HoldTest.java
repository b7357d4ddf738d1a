package io.pitstop.ledger.impl;

import static io.pitstop.ledger.impl.LedgerFixture.ACCOUNTANT;
import static io.pitstop.ledger.impl.LedgerFixture.REVENUE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.CaptureRequest;
import io.pitstop.ledger.api.Hold;
import io.pitstop.ledger.api.HoldRequest;
import io.pitstop.ledger.api.HoldStatus;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.ledger.api.LedgerEvents;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

public class HoldTest extends TestDatabases.OnBoth {
    private UUID a;

    @org.junit.Before
    public void book() {
        a = f.book("0");
    }

    private Hold hold(String key, String amount, Instant expires) {
        return f.ledger.hold(ACCOUNTANT, new HoldRequest(key, a, new BigDecimal(amount), "RUB", "next month", expires));
    }

    private static void same(String expected, BigDecimal actual) {
        assertEquals(expected + " != " + actual, 0, new BigDecimal(expected).compareTo(actual));
    }

    @Test
    public void holdReservesAndPartialCaptureReleasesTheRest() {
        f.topup(a, "100");
        Hold hold = hold("h1", "60", null);
        BookBalance b = f.ledger.balance(a);
        same("100", b.balance());
        same("60", b.reserved());
        same("40", b.available());
        assertEquals("insufficient-funds", assertThrows(BusinessRuleException.class, () -> f.transfer(a, REVENUE, "40.01")).type());
        assertEquals("insufficient-funds", assertThrows(BusinessRuleException.class, () -> hold("h2", "40.01", null)).type());
        same("60", f.ledger.balance(a).reserved());

        // a retry of the hold returns it; another request with the key is a conflict
        assertEquals(hold.id(), hold("h1", "60", null).id());
        assertThrows(ConflictException.class, () -> hold("h1", "61", null));

        CaptureRequest capture = new CaptureRequest("c1", new BigDecimal("25"), REVENUE, "licence for April");
        LedgerTransaction tx = f.ledger.capture(ACCOUNTANT, hold.id(), capture);
        assertEquals(TransactionType.HOLD_CAPTURE, tx.type());
        same("-25", tx.entries().get(0).amount());
        b = f.ledger.balance(a);
        same("75", b.balance());
        same("0", b.reserved());
        same("75", b.available());
        same("25", f.ledger.balance(REVENUE).balance());
        Hold captured = f.ledger.getHold(hold.id());
        assertEquals(HoldStatus.POSTED, captured.status());
        same("25", captured.capturedAmount());
        assertEquals(tx.id(), captured.capture());

        LedgerTransaction again = f.ledger.capture(ACCOUNTANT, hold.id(), capture);
        assertTrue(again.replayed());
        assertEquals(tx.id(), again.id());
        assertEquals("hold-not-pending", assertThrows(BusinessRuleException.class, () -> f.ledger.capture(ACCOUNTANT,
                hold.id(), new CaptureRequest("c2", null, REVENUE, null))).type());
        assertTrue(f.events.stream().anyMatch(e -> e.topic().equals(LedgerEvents.HOLD_CAPTURED)));
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void captureCannotExceedTheHoldAndNeedsAnotherBook() {
        f.topup(a, "10");
        Hold hold = hold("h", "10", null);
        ValidationException e = assertThrows(ValidationException.class, () -> f.ledger.capture(ACCOUNTANT, hold.id(),
                new CaptureRequest("c", new BigDecimal("10.01"), a, null)));
        assertEquals(Set.of("amount", "counterBook"), PostingTest.fields(e));
        assertEquals(HoldStatus.PENDING, f.ledger.getHold(hold.id()).status());
        // an unknown counter book is refused and leaves the hold pending and the money reserved
        e = assertThrows(ValidationException.class, () -> f.ledger.capture(ACCOUNTANT, hold.id(),
                new CaptureRequest("c", null, UUID.randomUUID(), null)));
        assertEquals(Set.of("counterBook"), PostingTest.fields(e));
        assertEquals(HoldStatus.PENDING, f.ledger.getHold(hold.id()).status());
        same("10", f.ledger.balance(a).reserved());
        same("10", f.ledger.balance(a).balance());
        assertEquals(0, f.ledger.journal(null, null).total() - 1);
    }

    @Test
    public void voidReleasesAndIsRepeatable() {
        f.topup(a, "50");
        Hold hold = hold("h", "30", null);
        assertEquals(Set.of("idempotencyKey"), PostingTest.fields(assertThrows(ValidationException.class,
                () -> f.ledger.voidHold(ACCOUNTANT, hold.id(), "no key"))));
        Hold voided = f.ledger.voidHold(ACCOUNTANT, hold.id(), "customer changed plan", "void-1");
        assertEquals(HoldStatus.VOIDED, voided.status());
        assertFalse(voided.replayed());
        same("0", f.ledger.balance(a).reserved());
        int events = f.events.size();
        // the same request again: the first answer, marked as a repeat, nothing released twice
        Hold repeat = f.ledger.voidHold(ACCOUNTANT, hold.id(), "customer changed plan", "void-1");
        assertTrue(repeat.replayed());
        assertEquals(HoldStatus.VOIDED, repeat.status());
        // a new request finds it voided already: a conflict naming the hold, not a success
        ConflictException again = assertThrows(ConflictException.class,
                () -> f.ledger.voidHold(ACCOUNTANT, hold.id(), "again", "void-2"));
        assertEquals(hold.id().toString(), again.existingId());
        // a key that voided one hold cannot void another
        Hold other = hold("h-other", "10", null);
        ConflictException reused = assertThrows(ConflictException.class,
                () -> f.ledger.voidHold(ACCOUNTANT, other.id(), "x", "void-1"));
        assertEquals(hold.id().toString(), reused.existingId());
        assertEquals(HoldStatus.PENDING, f.ledger.getHold(other.id()).status());
        same("10", f.ledger.balance(a).reserved());
        assertEquals("repeats and refusals raise nothing", events + 1, f.events.size());
        assertEquals("hold-not-pending", assertThrows(BusinessRuleException.class, () -> f.ledger.capture(ACCOUNTANT,
                hold.id(), new CaptureRequest("c", null, REVENUE, null))).type());
        assertEquals(2, f.ledger.holds(a, false).size());
        assertEquals(1, f.ledger.holds(a, true).size());
        assertTrue(f.ledger.verify().intact());
    }

    @Test
    public void expiredHoldsAreReleasedAndCannotBeCaptured() {
        f.topup(a, "50");
        Hold soon = hold("h1", "20", f.clock.instant().plusSeconds(60));
        Hold later = hold("h2", "5", f.clock.instant().plusSeconds(3600));
        assertEquals(0, f.ledger.releaseExpiredHolds(f.clock.instant()));
        f.clock.advanceSeconds(120);
        assertEquals("hold-expired", assertThrows(BusinessRuleException.class, () -> f.ledger.capture(ACCOUNTANT,
                soon.id(), new CaptureRequest("c", null, REVENUE, null))).type());
        assertEquals(1, f.ledger.releaseExpiredHolds(f.clock.instant()));
        assertEquals(HoldStatus.EXPIRED, f.ledger.getHold(soon.id()).status());
        assertEquals(HoldStatus.PENDING, f.ledger.getHold(later.id()).status());
        same("5", f.ledger.balance(a).reserved());
        assertEquals(0, f.ledger.releaseExpiredHolds(f.clock.instant()));
        assertTrue(f.events.stream().anyMatch(e -> e.topic().equals(LedgerEvents.HOLD_EXPIRED)
                && e.properties().get("holdId").equals(soon.id().toString())));
        assertEquals(Set.of("expiresAt"), PostingTest.fields(assertThrows(ValidationException.class,
                () -> hold("h3", "1", f.clock.instant().minusSeconds(1)))));
        assertTrue(f.ledger.verify().intact());
    }
}
