package io.pitstop.ledger.ui;

import static org.junit.Assert.assertEquals;

import io.pitstop.ledger.api.Entry;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.TransactionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class PartiesTest {
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static LedgerTransaction tx(UUID... books) {
        List<Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < books.length; i++) {
            entries.add(new Entry(i + 1, books[i], new BigDecimal(i % 2 == 0 ? "-10.00" : "10.00"), "RUB", BigDecimal.ZERO, null));
        }
        return new LedgerTransaction(new TransactionId(UUID.randomUUID()), "topup", "r", "d", "accountant", Instant.EPOCH,
                entries, null, null, null, false);
    }

    @Test
    public void aTopUpNamesTheCustomersAccountWhateverTheLineOrderAndTheBankAsCounterparty() {
        assertEquals(new Parties(A, List.of(HouseBook.BANK.bookId())), Parties.of(tx(HouseBook.BANK.bookId(), A)));
        assertEquals(new Parties(A, List.of(HouseBook.REVENUE.bookId())), Parties.of(tx(A, HouseBook.REVENUE.bookId())));
    }

    @Test
    public void aTransferNamesTheReceivingAccountAsCounterparty() {
        assertEquals(new Parties(A, List.of(B)), Parties.of(tx(A, B)));
    }

    @Test
    public void houseBooksOnlyNameTheFirstAsAccountAndEachBookOnce() {
        assertEquals(new Parties(HouseBook.CASH.bookId(), List.of(HouseBook.BANK.bookId())),
                Parties.of(tx(HouseBook.CASH.bookId(), HouseBook.BANK.bookId(), HouseBook.CASH.bookId())));
    }
}
