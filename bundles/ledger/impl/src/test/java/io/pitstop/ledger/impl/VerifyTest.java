package io.pitstop.ledger.impl;

import static io.pitstop.ledger.impl.LedgerFixture.REVENUE;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.VerifyResult;
import java.util.UUID;
import org.junit.Before;
import org.junit.Test;

public class VerifyTest extends TestDatabases.OnBoth {
    private UUID a;
    private LedgerTransaction charge;

    @Before
    public void journal() {
        a = f.book("0");
        f.topup(a, "100");
        charge = f.transfer(a, REVENUE, "40");
        f.transfer(a, REVENUE, "10");
        VerifyResult clean = f.ledger.verify();
        assertTrue(clean.problems().toString(), clean.intact());
        assertEquals(3, clean.transactionsChecked());
        assertEquals(6, clean.entriesChecked());
    }

    private String problems() {
        VerifyResult r = f.ledger.verify();
        assertFalse(r.intact());
        return String.join("\n", r.problems());
    }

    @Test
    public void changedAmountIsReported() {
        assertEquals(1, f.sql("UPDATE ledger_entry SET amount = -4.00 WHERE transaction_id = ? AND book_id = ?",
                charge.id().toString(), a.toString()));
        String problems = problems();
        assertTrue(problems, problems.contains("Transaction " + charge.id()) && problems.contains("content hash does not match"));
        assertTrue(problems, problems.contains("Book " + a + " entry #2 (transaction " + charge.id() + "): its amount"));
        assertTrue(problems, problems.contains("does not balance"));
        assertTrue(problems, problems.contains("balance is 50.00 RUB but its entries add up to 86.00"));
    }

    @Test
    public void changedReasonIsReported() {
        f.sql("UPDATE ledger_transaction SET reason = 'nothing to see' WHERE id = ?", charge.id().toString());
        String problems = problems();
        assertTrue(problems, problems.contains("Transaction " + charge.id()) && problems.contains("content hash"));
    }

    @Test
    public void deletedEntryIsReported() {
        f.sql("DELETE FROM ledger_entry WHERE transaction_id = ? AND book_id = ?", charge.id().toString(), a.toString());
        String problems = problems();
        assertTrue(problems, problems.contains("entries #2 are missing"));
        assertTrue(problems, problems.contains("was posted with 2 lines but has 1"));
    }

    @Test
    public void balanceChangedOnTheBookIsReported() {
        f.sql("UPDATE ledger_book SET balance = 1000 WHERE id = ?", a.toString());
        String problems = problems();
        assertTrue(problems, problems.contains("its balance is 1000.00 RUB but its entries add up to 50.00"));
    }
}
