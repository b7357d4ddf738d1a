package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class CsvTest {
    @Test
    public void numbersStayNumbersFormulasAreNeutralisedSeparatorsQuoted() {
        assertEquals("-300.00", Csv.cell("-300.00"));
        // a negative amount with the decimal comma Russian spreadsheets read is a number too, not a formula
        assertEquals("-300,00", Csv.cell("-300,00"));
        assertEquals("'-cmd", Csv.cell("-cmd"));
        assertEquals("'=SUM(A1)", Csv.cell("=SUM(A1)"));
        assertEquals("\"a\"\"b\"", Csv.cell("a\"b"));
        assertEquals("\"ООО «Ромашка»; филиал\"", Csv.cell("ООО «Ромашка»; филиал"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    public void rowsAreSemicolonSeparatedUtf8WithAByteOrderMark() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Csv.to(bytes).row("name", "inn").row("ООО «Ромашка»", null).flush();
        assertEquals("\uFEFFname;inn\nООО «Ромашка»;\n", bytes.toString(StandardCharsets.UTF_8));
    }
}
