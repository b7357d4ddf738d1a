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
        assertTrue(problems, problems.contains("of transaction " + charge.id() + " does not match"));
        assertTrue(problems, problems.contains("Book " + a + " entry #2 (transaction " + charge.id() + ") says the balance after it"));
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

    @Test
    public void movedEntryDateIsReportedBySeal() {
        // the content hash and the running balance do not cover an entry's own time; its seal does
        f.sql("UPDATE ledger_entry SET posted_at = ? WHERE transaction_id = ? AND book_id = ?",
                java.sql.Timestamp.valueOf("2024-01-01 00:00:00"), charge.id().toString(), a.toString());
        String problems = problems();
        assertTrue(problems, problems.contains("of transaction " + charge.id() + " does not match"));
    }

    @Test
    public void deletedTransactionIsReportedBySeal() {
        f.sql("DELETE FROM ledger_entry WHERE transaction_id = ?", charge.id().toString());
        f.sql("DELETE FROM ledger_transaction WHERE id = ?", charge.id().toString());
        String problems = problems();
        assertTrue(problems, problems.contains("names transaction " + charge.id() + ", which is not in the ledger"));
    }

    @Test
    public void removedSealIsReported() {
        f.sql("DELETE FROM ledger_seal WHERE transaction_id = ?", charge.id().toString());
        String problems = problems();
        assertTrue(problems, problems.contains("Transaction " + charge.id() + " is neither sealed nor waiting to be sealed"));
        assertTrue(problems, problems.contains("missing from the seal chain") || problems.contains("missing from the end of the seal chain"));
    }

    @Test
    public void changedSealHeadIsReported() {
        f.sql("UPDATE ledger_seal_head SET last_hash = ? WHERE id = 1", "f".repeat(64));
        String problems = problems();
        assertTrue(problems, problems.contains("seal chain's head does not match its last seal"));
    }

    @Test
    public void verifySealsWhatWasPostedSinceAndChecksIt() {
        assertEquals(0, count("SELECT COUNT(*) FROM ledger_unsealed"));
        LedgerTransaction late = f.transfer(a, REVENUE, "5");
        assertEquals(1, count("SELECT COUNT(*) FROM ledger_unsealed"));
        VerifyResult r = f.ledger.verify();
        assertTrue(r.problems().toString(), r.intact());
        assertEquals(4, r.transactionsChecked());
        assertEquals(0, count("SELECT COUNT(*) FROM ledger_unsealed"));
        assertEquals(4, count("SELECT last_no FROM ledger_seal_head"));
        // changed once sealed, content hash and all: the seal tells
        f.sql("UPDATE ledger_transaction SET reason = 'nothing to see', content_hash = ? WHERE id = ?", "a".repeat(64),
                late.id().toString());
        assertTrue(problems().contains("of transaction " + late.id() + " does not match"));
    }

    @Test
    public void changeBeforeSealingIsStillReported() {
        LedgerTransaction late = f.transfer(a, REVENUE, "5");
        f.sql("UPDATE ledger_entry SET amount = -50.00 WHERE transaction_id = ? AND book_id = ?", late.id().toString(),
                a.toString());
        String problems = problems();
        assertTrue(problems, problems.contains("Transaction " + late.id()) && problems.contains("content hash does not match"));
    }

    @Test
    public void scheduledSealingSealsCommittedPostings() throws Exception {
        f.transfer(a, REVENUE, "1");
        f.transfer(a, REVENUE, "2");
        LedgerSealing sealing = new LedgerSealing(f.transactions.dataSource(), f.transactions, 20);
        try {
            long deadline = System.currentTimeMillis() + 10_000;
            while (count("SELECT COUNT(*) FROM ledger_unsealed") > 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            sealing.stop();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM ledger_unsealed"));
        assertEquals(5, count("SELECT last_no FROM ledger_seal_head"));
    }

    private long count(String query) {
        return f.transactions.required(() -> {
            try (java.sql.Connection c = f.transactions.dataSource().getConnection();
                 java.sql.PreparedStatement ps = c.prepareStatement(query);
                 java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
