package io.pitstop.accounts.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.pitstop.core.api.ValidationException;
import java.time.LocalDate;
import org.junit.Test;

public class AccountNumbersTest {
    @Test
    public void rendersSixteenDigitNumbersLikeTheSeed() {
        String n = new AccountNumbers("4200{yy}{seq:10}").render(14904, LocalDate.of(2026, 11, 23));
        assertEquals("4200260000014904", n);
        assertEquals(16, n.length());
    }

    @Test
    public void supportsDatesAndLiterals() {
        assertEquals("LS-2026-11-007", new AccountNumbers("LS-{yyyy}-{mm}-{seq:3}").render(7, LocalDate.of(2026, 11, 1)));
    }

    @Test
    public void refusesPatternWithoutSequenceAndOverflow() {
        assertThrows(ValidationException.class, () -> new AccountNumbers("LS-{yyyy}"));
        assertThrows(IllegalStateException.class, () -> new AccountNumbers("{seq:2}").render(100, LocalDate.now()));
    }

    @Test
    public void mapsAccountStatusToBookStatus() {
        assertEquals(io.pitstop.ledger.api.BookStatus.SUSPENDED,
                AccountServiceImpl.bookStatus(io.pitstop.accounts.api.AccountStatus.SUSPENDED));
    }
}
