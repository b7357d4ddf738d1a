package io.pitstop.accounts.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionId;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class StatementCsvTest {
    private static final TransactionId TX = new TransactionId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

    private static Statement november(String zone, List<Statement.Line> lines) {
        return new Statement(UUID.randomUUID(), "RUB", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), zone,
                new BigDecimal("100.00"), new BigDecimal("2500.50"), new BigDecimal("-300.00"), new BigDecimal("2300.50"),
                lines);
    }

    private static final List<Statement.Line> LINES = List.of(
            new Statement.Line(Instant.parse("2026-11-02T21:30:00Z"), TX, "topup", "Оплата; счёт 15", "п/п 7",
                    new BigDecimal("2500.50"), new BigDecimal("2600.50"), null),
            new Statement.Line(Instant.parse("2026-11-03T08:00:00Z"), TX, "charge", "=HYPERLINK(\"x\")", null,
                    new BigDecimal("-300.00"), new BigDecimal("2300.50"), "licence"),
            new Statement.Line(Instant.parse("2026-11-04T08:00:00Z"), TX, "licence-charge", "Лицензия", null,
                    new BigDecimal("-1.5"), new BigDecimal("2299.00"), null));

    private static String[] rows(Statement s, java.util.Locale locale) {
        return new String(StatementCsv.render(s, "40-000001", locale), StandardCharsets.UTF_8).split("\n");
    }

    @Test
    public void oneHeaderRowInRussianThenOpeningLinesAndClosingInMoscowTime() {
        String[] rows = rows(november("Europe/Moscow", LINES), Ui.RUSSIAN);
        assertTrue("Excel needs the byte-order mark to read UTF-8", rows[0].startsWith("\uFEFF"));
        assertEquals("\uFEFFСчёт;Валюта;Дата и время (Europe/Moscow);Операция;Основание;Документ;Сумма;Остаток;Примечание;Транзакция",
                rows[0]);
        assertEquals("exactly one header: opening, three lines, closing", 6, rows.length);
        assertEquals(1, Arrays.stream(rows).filter(r -> r.contains("Валюта")).count());
        assertEquals("40-000001;RUB;2026-11-01 00:00:00;Входящий остаток;;;;100,00;;", rows[1]);
        // 21:30 UTC is already the 3rd in Moscow; the code topup is a word; a reason with the separator is quoted
        assertEquals("40-000001;RUB;2026-11-03 00:30:00;Пополнение;\"Оплата; счёт 15\";п/п 7;2500,50;2600,50;;"
                + "00000000-0000-0000-0000-000000000001", rows[2]);
        // a cell that a spreadsheet would run as a formula is neutralised, and its quotes doubled
        assertEquals("40-000001;RUB;2026-11-03 11:00:00;Списание;\"'=HYPERLINK(\"\"x\"\")\";;-300,00;2300,50;licence;"
                + "00000000-0000-0000-0000-000000000001", rows[3]);
        // a plugin's own type that no catalogue names stays as its code; amounts always show two decimals
        assertEquals("40-000001;RUB;2026-11-04 11:00:00;licence-charge;Лицензия;;-1,50;2299,00;;"
                + "00000000-0000-0000-0000-000000000001", rows[4]);
        assertEquals("40-000001;RUB;2026-11-30 23:59:59;Исходящий остаток;;;;2300,50;;", rows[5]);
    }

    @Test
    public void englishHeadersWordsAndDecimalPointInTheAccountsZone() {
        String[] rows = rows(november("Asia/Yekaterinburg", LINES), Ui.ENGLISH);
        assertEquals("\uFEFFAccount;Currency;Date and time (Asia/Yekaterinburg);Type;Reason;Document;Amount;Balance;Memo;Transaction",
                rows[0]);
        assertEquals("40-000001;RUB;2026-11-01 00:00:00;Opening balance;;;;100.00;;", rows[1]);
        // Yekaterinburg is UTC+5: 21:30 UTC is 02:30 on the 3rd
        assertTrue(rows[2], rows[2].startsWith("40-000001;RUB;2026-11-03 02:30:00;Top-up;"));
        assertTrue(rows[3], rows[3].contains(";Charge;") && rows[3].contains(";-300.00;2300.50;"));
        assertEquals("40-000001;RUB;2026-11-30 23:59:59;Closing balance;;;;2300.50;;", rows[5]);
    }

    @Test
    public void anEmptyPeriodOpensAndClosesOnTheSameBalance() {
        Statement empty = new Statement(UUID.randomUUID(), "RUB", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                "Europe/Moscow", new BigDecimal("42.00"), BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("42.00"), List.of());
        String[] rows = rows(empty, Ui.RUSSIAN);
        assertEquals(3, rows.length);
        assertTrue(rows[1].endsWith(";Входящий остаток;;;;42,00;;"));
        assertTrue(rows[2].endsWith(";Исходящий остаток;;;;42,00;;"));
    }

    @Test
    public void theWorkbookHoldsTheSameTableWithAmountsAsNumbers() throws Exception {
        byte[] xlsx = StatementCsv.renderXlsx(november("Europe/Moscow", LINES), "40-000001", Ui.RUSSIAN);
        String sheet = null;
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(sheet, sheet.contains(">Дата и время (Europe/Moscow)<"));
        assertTrue("a line's amount is a number cell", sheet.contains("<c t=\"n\"><v>2500.50</v></c>"));
        assertTrue(sheet.contains(">2026-11-03 00:30:00<") && sheet.contains(">Пополнение<"));
        assertEquals("header, opening, three lines, closing", 6, sheet.split("<row>", -1).length - 1);
    }
}
