package io.pitstop.accounts.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.BookStatus;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.Test;

public class PostingPreviewTest {
    /** Balance 100, 30 reserved, credit limit 50: available 120. */
    private static final BookBalance BOOK = new BookBalance(UUID.randomUUID(), "RUB", new BigDecimal("100.00"),
            new BigDecimal("30.00"), new BigDecimal("50.00"), new BigDecimal("120.00"), BookStatus.OPEN);

    @Test
    public void aTopUpRaisesBalanceAndAvailableByItsAmount() {
        PostingPreview p = PostingPreview.of(BOOK, new BigDecimal("1500.50"));
        assertEquals(new BigDecimal("100.00"), p.balanceBefore());
        assertEquals(new BigDecimal("1600.50"), p.balanceAfter());
        assertEquals(new BigDecimal("120.00"), p.availableBefore());
        assertEquals(new BigDecimal("1620.50"), p.availableAfter());
        assertFalse(p.overdraws());
    }

    @Test
    public void aDebitPastTheCreditLimitIsToldBeforehand() {
        PostingPreview within = PostingPreview.of(BOOK, new BigDecimal("-120.00"));
        assertEquals(new BigDecimal("-20.00"), within.balanceAfter());
        assertEquals(new BigDecimal("0.00"), within.availableAfter());
        assertFalse("down to exactly zero available is allowed", within.overdraws());
        assertTrue(PostingPreview.of(BOOK, new BigDecimal("-120.01")).overdraws());
    }
}
