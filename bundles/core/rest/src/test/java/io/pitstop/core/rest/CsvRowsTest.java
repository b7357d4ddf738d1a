package io.pitstop.core.rest;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class CsvRowsTest {
    @Test
    public void rowsAreCommaSeparatedWithCrLfAndQuotedWhenTheyMustBe() {
        String csv = new CsvRows("name", "amount").row("ООО «Ромашка», филиал", "-15.00").row(null, "он сказал \"да\"")
                .row("две\nстроки", "").toString();
        assertEquals("name,amount\r\n\"ООО «Ромашка», филиал\",-15.00\r\n,\"он сказал \"\"да\"\"\"\r\n\"две\nстроки\",\r\n", csv);
    }

    @Test
    public void aCellThatStartsLikeAFormulaIsMadeInertButANumberIsNot() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvRows.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+7 383 200-15-15", CsvRows.cell("+7 383 200-15-15"));
        assertEquals("'@sum", CsvRows.cell("@sum"));
        assertEquals("-1500.25", CsvRows.cell("-1500.25"));
        assertEquals("\"'-1,5\"", CsvRows.cell("-1,5"));
    }
}
