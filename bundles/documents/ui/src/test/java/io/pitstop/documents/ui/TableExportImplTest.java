package io.pitstop.documents.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.Test;

public class TableExportImplTest {
    private final TableExportImpl export = new TableExportImpl();

    @Test
    public void csvIsUtf8WithBomSemicolonsAndQuotedCells() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(List.of("Клиент", "Сумма"), List.of(List.of("ООО «Ромашка; Софт»", new BigDecimal("57400.00")),
                List.of("=HYPERLINK(\"x\")", new BigDecimal("-1.50"))), out);
        assertEquals("\ufeffКлиент;Сумма\r\n\"ООО «Ромашка; Софт»\";57400.00\r\n\"'=HYPERLINK(\"\"x\"\")\";-1.50\r\n",
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void xlsxHoldsTheRowsInItsSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx("Счета", List.of("Номер", "Сумма"), List.of(List.of("СЧ-2026-1", new BigDecimal("57400.00"))), out);
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(sheet, sheet != null && sheet.contains("СЧ-2026-1") && sheet.contains("57400"));
    }
}
