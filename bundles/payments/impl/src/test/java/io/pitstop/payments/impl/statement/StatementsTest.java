package io.pitstop.payments.impl.statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.pitstop.payments.api.StatementReport.LineNote;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class StatementsTest {
    static byte[] fixture(String name) {
        try (InputStream in = StatementsTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Seed 002's payment order, as a bank's 1C export in windows-1251 and again in UTF-8: the same document. */
    @Test
    public void seedPaymentOrderReadsInBothCharsets() {
        for (String name : List.of("seed-002-1251.txt", "seed-002-utf8.txt")) {
            ParsedStatement s = Statements.read(fixture(name));
            assertEquals(name, "1c", s.format());
            assertEquals(name, name.contains("1251") ? "windows-1251" : "UTF-8", s.charset());
            assertEquals(name, Set.of("40702810502080001823"), s.ourAccounts());
            assertEquals(name, List.of(), s.rejected());
            assertEquals(1, s.documents().size());
            BankDocument d = s.documents().get(0);
            assertEquals("Платежное поручение", d.kind());
            assertEquals("27", d.number());
            assertEquals(LocalDate.of(2019, 2, 25), d.date());
            assertEquals(0, new BigDecimal("860.00").compareTo(d.amount()));
            assertEquals(2, d.amount().scale());
            assertEquals("7814695160", d.payer().inn());
            assertEquals("781401001", d.payer().kpp());
            assertEquals("40702810200470918965", d.payer().account());
            assertEquals("044030832", d.payer().bic());
            assertEquals("ИНН 7814695160 ООО \"Тех.промышлен\"", d.payer().name());
            assertEquals("7709983032", d.recipient().inn());
            assertEquals("40702810502080001823", d.recipient().account());
            assertTrue(d.purpose().startsWith("Оплата по счету 88#72815 от 09.02.19"));
            // the printed recipient account fails the control key with the printed BIC: a warning, not a refusal
            assertEquals(1, d.warnings().size());
            assertTrue(d.warnings().get(0), d.warnings().get(0).contains("ПолучательСчет") && d.warnings().get(0).contains("044525933"));
        }
        // the header says Windows; read as UTF-8 the file says so in a note
        assertTrue(Statements.read(fixture("seed-002-utf8.txt")).notes().stream().anyMatch(n -> n.reason().contains("UTF-8")));
        assertEquals(List.of(), Statements.read(fixture("seed-002-1251.txt")).notes());
    }

    @Test
    public void dosCodePageIsReadWhenTheHeaderSaysSo() {
        String text = new String(fixture("seed-002-utf8.txt"), StandardCharsets.UTF_8).replace("Кодировка=Windows", "Кодировка=DOS");
        ParsedStatement s = Statements.read(text.getBytes(Charset.forName("IBM866")));
        assertEquals("IBM866", s.charset());
        assertEquals("27", s.documents().get(0).number());
        assertTrue(s.documents().get(0).purpose().startsWith("Оплата по счету"));
    }

    /** Every damaged document refused with its first line and reason; the good one read; nothing else lost. */
    @Test
    public void brokenDocumentsAreRefusedOneByOneWithTheirLines() {
        ParsedStatement s = Statements.read(fixture("broken-utf8.txt"));
        assertEquals(1, s.documents().size());
        assertEquals("101", s.documents().get(0).number());
        List<LineNote> r = s.rejected();
        assertEquals(r.toString(), 5, r.size());
        assertEquals(16, r.get(0).line());
        assertTrue(r.get(0).reason(), r.get(0).reason().contains("more than two decimal places"));
        assertEquals(23, r.get(1).line());
        assertTrue(r.get(1).reason(), r.get(1).reason().contains("«31.02.2019» is not a date"));
        assertEquals(29, r.get(2).line());
        assertTrue(r.get(2).reason(), r.get(2).reason().contains("fails its checksum"));
        assertEquals(35, r.get(3).line());
        assertTrue(r.get(3).reason(), r.get(3).reason().contains("unknown section"));
        assertEquals(38, r.get(4).line());
        assertTrue(r.get(4).reason(), r.get(4).reason().contains("cut short"));
        assertTrue(s.notes().stream().anyMatch(n -> n.reason().contains("КонецФайла")));
        assertEquals(6, s.read());
    }

    @Test
    public void csvRowsAreReadByTheirHeader() {
        ParsedStatement s = Statements.read(fixture("statement.csv"));
        assertEquals("csv", s.format());
        assertEquals(2, s.documents().size());
        BankDocument first = s.documents().get(0);
        assertEquals("ООО \"Ромашка\"", first.payer().name());
        assertEquals(LocalDate.of(2019, 3, 1), first.date());
        assertEquals(0, new BigDecimal("1200.50").compareTo(first.amount()));
        assertEquals("Пополнение лицевого счета № 17", first.purpose());
        assertNull(s.documents().get(1).payer().inn());
        assertEquals(0, new BigDecimal("1.50").compareTo(s.documents().get(1).amount()));
        assertEquals(List.of(new LineNote(4, "the amount (Сумма) «abc» is not an amount"),
                new LineNote(5, "the row has 4 fields, the header 11")), s.rejected());
    }

    @Test
    public void aFileThatIsNoStatementIsUnreadable() {
        assertThrows(UnreadableStatement.class, () -> Statements.read(new byte[0]));
        assertThrows(UnreadableStatement.class, () -> Statements.read("hello;world\n1;2\n".getBytes(StandardCharsets.UTF_8)));
        assertThrows(UnreadableStatement.class, () -> Statements.read(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0}));
    }
}
