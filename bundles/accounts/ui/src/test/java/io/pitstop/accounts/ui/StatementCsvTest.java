package io.pitstop.accounts.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.ledger.api.Statement;
import io.pitstop.ledger.api.TransactionId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.Test;

public class StatementCsvTest {
    @Test
    public void linesCarryMoscowTimeExactAmountsAndTheRunningBalance() {
        TransactionId tx = new TransactionId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
        Statement s = new Statement(UUID.randomUUID(), "RUB", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                "Europe/Moscow", new BigDecimal("100.00"), new BigDecimal("2500.50"), new BigDecimal("-300.00"),
                new BigDecimal("2300.50"), List.of(
                        new Statement.Line(Instant.parse("2026-11-02T21:30:00Z"), tx, "topup", "Оплата; счёт 15", "п/п 7",
                                new BigDecimal("2500.50"), new BigDecimal("2600.50"), null),
                        new Statement.Line(Instant.parse("2026-11-03T08:00:00Z"), tx, "charge", "=HYPERLINK(\"x\")", null,
                                new BigDecimal("-300.00"), new BigDecimal("2300.50"), "licence")));
        String csv = new String(StatementCsv.render(s, "40-000001"), StandardCharsets.UTF_8);
        String[] rows = csv.split("\n");
        assertTrue("Excel needs the byte-order mark to read UTF-8", csv.startsWith("\uFEFF"));
        assertEquals("40-000001;RUB;2026-11-01;2026-11-30;100.00;2500.50;-300.00;2300.50", rows[1]);
        // 21:30 UTC is already the 3rd in Moscow; a reason with the separator is quoted
        assertEquals("2026-11-03 00:30:00;00000000-0000-0000-0000-000000000001;topup;\"Оплата; счёт 15\";п/п 7;2500.50;2600.50;",
                rows[3]);
        // a cell that a spreadsheet would run as a formula is neutralised, and its quotes doubled
        assertEquals("2026-11-03 11:00:00;00000000-0000-0000-0000-000000000001;charge;\"'=HYPERLINK(\"\"x\"\")\";;-300.00;2300.50;licence",
                rows[4]);
    }
}
