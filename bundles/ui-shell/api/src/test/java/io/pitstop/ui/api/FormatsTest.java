package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        assertEquals("1 234 567,50 ₽", plain(ru.money(new BigDecimal("1234567.5"), "RUB")));
        assertEquals("₽1,234,567.50", en.money(new BigDecimal("1234567.5"), "RUB"));
        assertEquals("1 500,00 ₽", plain(ru.money(new BigDecimal("1500"), "RUB")));
        assertEquals("₽1,500.00", en.money(new BigDecimal("1500"), "RUB"));
        assertEquals("-20,00 ₽", plain(ru.money(new BigDecimal("-20"), "RUB")));
        assertEquals("-₽20.00", en.money(new BigDecimal("-20"), "RUB"));
        assertEquals("1 500,00 KZT", plain(ru.money(new BigDecimal("1500"), "KZT")));
        assertEquals("KZT 1,500.00", en.money(new BigDecimal("1500"), "KZT"));
        assertEquals("-0,01", plain(ru.amount(new BigDecimal("-0.01"))));
        assertEquals("", ru.amount(null));
        assertEquals("", en.money(null, "RUB"));
    }

    @Test
    public void russianAmountsNeverBreakBetweenGroups() {
        assertEquals("1\u00a0500,00\u00a0₽", ru.money(new BigDecimal("1500"), "RUB"));
    }

    @Test
    public void datesAndTimesUseMoscowTimeAndTheUsersLanguage() {
        Instant noonUtc = Instant.parse("2026-11-24T09:15:00Z");
        assertEquals("24.11.2026 12:15", ru.dateTime(noonUtc));
        assertEquals("24 Nov 2026, 12:15", en.dateTime(noonUtc));
        assertEquals("24.11.2026", ru.date(LocalDate.of(2026, 11, 24)));
        assertEquals("24 Nov 2026", en.date(LocalDate.of(2026, 11, 24)));
        assertEquals("12:15", ru.time(noonUtc));
        assertEquals("", en.dateTime(null));
    }

    @Test
    public void timesAreShownInTheMembersOwnZone() {
        Instant posted = Instant.parse("2026-12-07T17:00:00Z");
        Formats yekaterinburg = Formats.of(Ui.RUSSIAN, ZoneId.of("Asia/Yekaterinburg"));
        assertEquals("07.12.2026 22:00", yekaterinburg.dateTime(posted));
        assertEquals("22:00", yekaterinburg.time(posted));
        assertEquals("07.12.2026 20:00", ru.dateTime(posted));
        // past midnight in the member's zone the date is the next day's
        assertEquals("08.12.2026 00:30", Formats.of(Ui.RUSSIAN, ZoneId.of("Asia/Yekaterinburg"))
                .dateTime(Instant.parse("2026-12-07T19:30:00Z")));
        assertEquals("7 Dec 2026, 22:00", Formats.of(Ui.ENGLISH, ZoneId.of("Asia/Yekaterinburg")).dateTime(posted));
    }

    @Test
    public void aSessionWithoutAZoneShowsMoscowTime() {
        assertEquals(ZoneId.of("Europe/Moscow"), Ui.zoneOf(null));
        assertEquals(ZoneId.of("Asia/Yekaterinburg"), Ui.zoneOf(ZoneId.of("Asia/Yekaterinburg")));
        // outside any session (a background export, a test) the default applies
        assertEquals(Ui.DEFAULT_ZONE, Ui.formats().zone());
    }

    @Test
    public void amountsInARecordedTextAreWrittenAsTheReaderWritesMoney() {
        assertEquals("Пополнение +1 500,00 ₽ по счёту 4200260000000001: оплата по счёту 7",
                plain(ru.amountsIn("Пополнение +1500.00 RUB по счёту 4200260000000001: оплата по счёту 7")));
        assertEquals("Top-up +₽1,500.00 on account 4200260000000001",
                en.amountsIn("Top-up +1500.00 RUB on account 4200260000000001"));
        assertEquals("Списание -300,00 ₽", plain(ru.amountsIn("Списание -300.00 RUB")));
        assertEquals("Hold of $20.50 on account 1 placed", en.amountsIn("Hold of 20.50 USD on account 1 placed"));
        // no currency code, a code-like word that is none, a number inside a longer one: as written
        assertEquals("Визит 3 раза, 12 PCS, v1.2.3 ABC", ru.amountsIn("Визит 3 раза, 12 PCS, v1.2.3 ABC"));
        assertEquals("", ru.amountsIn(null));
    }

    @Test
    public void englishDatesAreBritishNotAmerican() {
        Instant at = Instant.parse("2026-12-07T11:05:00Z");
        assertEquals("07.12.2026 14:05", ru.dateTime(at));
        assertEquals("7 Dec 2026, 14:05", en.dateTime(at));
        assertEquals("1 Dec 2026", en.date(LocalDate.of(2026, 12, 1)));
        assertEquals("01.12.2026", ru.date(LocalDate.of(2026, 12, 1)));
    }

    @Test
    public void anInstantCanBeShownInAnAccountsOwnZone() {
        Instant at = Instant.parse("2026-12-07T11:05:00Z");
        assertEquals("07.12.2026 18:05", ru.dateTime(at, ZoneId.of("Asia/Novosibirsk")));
        assertEquals("7 Dec 2026, 18:05", en.dateTime(at, ZoneId.of("Asia/Novosibirsk")));
    }

    @Test
    public void russianPhonesAreGroupedAsDialled() {
        assertEquals("+7 (495) 123-45-67", ru.phone("+74951234567"));
        assertEquals("+7 (495) 123-45-67", en.phone("+74951234567"));
        assertEquals("+7 (916) 000-11-22", ru.phone("8 916 000 11 22"));
        assertEquals("+7 (495) 123-45-67", ru.phone("+7 (495) 123-45-67"));
    }

    @Test
    public void otherPhonesKeepTheirCountryCodeAndAreGrouped() {
        assertEquals("+44 207 946 0958", ru.phone("+442079460958"));
        assertEquals("+1 (212) 555-0123", en.phone("+12125550123"));
        assertEquals("+375 291 234 567", en.phone("+375291234567"));
        assertEquals("доб. 123", ru.phone("доб. 123"));
        assertEquals("", ru.phone(null));
    }

    @Test
    public void innAndKppAreShownAsOnDocuments() {
        assertEquals("7707083893", ru.inn(" 7707083893 "));
        assertEquals("500100732259", en.inn("500100732259"));
        assertEquals("7707083893 / 770701001", ru.innKpp("7707083893", "770701001"));
        assertEquals("7707083893 / 770701001", en.innKpp("7707083893", "770701001"));
        assertEquals("500100732259", ru.innKpp("500100732259", null));
        assertEquals("", ru.innKpp(null, " "));
    }

    @Test
    public void bankAccountNumbersAreGroupedByTheirParts() {
        assertEquals("40817 810 5 0990 0123456", ru.accountNumber("40817810509900123456"));
        assertEquals("40817 810 5 0990 0123456", en.accountNumber("40817810509900123456"));
        assertEquals("LS-000042", ru.accountNumber(" LS-000042 "));
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
        assertEquals(new BigDecimal("1500.50"), ru.parseAmount("1 500,50 ₽"));
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
