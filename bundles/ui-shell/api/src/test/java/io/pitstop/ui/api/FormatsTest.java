package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.Test;

public class FormatsTest {
    private final Formats ru = Formats.of(Ui.RUSSIAN, Ui.DEFAULT_ZONE);
    private final Formats en = Formats.of(Ui.ENGLISH, Ui.DEFAULT_ZONE);

    /** Grouping separators differ between JDK locale data versions; compare with plain spaces. */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    public void moneyKeepsTwoDecimalsInTheUsersNotation() {
        assertEquals("1 234 567,50 RUB", plain(ru.money(new BigDecimal("1234567.5"), "RUB")));
        assertEquals("1,234,567.50 RUB", en.money(new BigDecimal("1234567.5"), "RUB"));
        assertEquals("-0,01", plain(ru.amount(new BigDecimal("-0.01"))));
        assertEquals("", ru.amount(null));
    }

    @Test
    public void datesAndTimesUseMoscowTimeAndTheUsersLanguage() {
        Instant noonUtc = Instant.parse("2026-11-24T09:15:00Z");
        assertEquals("24.11.2026 12:15", ru.dateTime(noonUtc));
        assertEquals("24.11.2026", ru.date(LocalDate.of(2026, 11, 24)));
        assertEquals("Nov 24, 2026", en.date(LocalDate.of(2026, 11, 24)));
    }

    @Test
    public void countsAreGrouped() {
        assertEquals("1 000 000", plain(ru.count(1_000_000)));
        assertEquals("1,000,000", en.count(1_000_000));
    }

    @Test
    public void amountsAreReadAsPeopleTypeThem() {
        assertEquals(new BigDecimal("1500.50"), ru.parseAmount("1 500,50"));
        assertEquals(new BigDecimal("1500.50"), ru.parseAmount("1500.50"));
        assertEquals(new BigDecimal("1500.50"), ru.parseAmount("1.500,50"));
        assertEquals(new BigDecimal("1500.50"), en.parseAmount("1,500.50"));
        assertEquals(new BigDecimal("1500"), en.parseAmount("1,500"));
        assertEquals(new BigDecimal("0.505"), ru.parseAmount("0,505"));
        assertEquals(null, ru.parseAmount("  "));
    }

    @Test(expected = NumberFormatException.class)
    public void textThatIsNoNumberIsRefused() {
        ru.parseAmount("12abc");
    }
}
