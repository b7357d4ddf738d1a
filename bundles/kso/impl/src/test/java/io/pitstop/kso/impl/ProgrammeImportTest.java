package io.pitstop.kso.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.pitstop.core.api.ValidationException;
import io.pitstop.kso.api.ImportReport;
import io.pitstop.kso.api.ProgrammeStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.Test;

public class ProgrammeImportTest {
    static final String HEADER = "ID;Агентство;Программа;Статус;Ставка;Взнос min;Взнос max;Сумма min;Сумма max;Срок min;Срок max;Локация\n";

    @Test
    public void aRepeatedIdIsReplacedByTheLaterRowAndBadRowsAreReportedByLine() {
        String file = HEADER
                + "113123;СОБКОВАНК ПАО;Changer Direct;Новый;14,3;20%;39,9999%;90 000;6 900 000;24;48;Смоленск\n"
                + "113124;СОБКОВАНК ПАО;Changer Direct;Новый;14,3;20;39,9999;90000;6900000;24;48;Смоленск\n"
                + "113124;СОБКОВАНК ПАО;Changer Direct 2;Действует;12.9;20;39.9999;90000;6900000;24;48;Смоленск\n"
                + "113125;;Без банка;Новый;14,3;20;39,9999;90000;6900000;24;48;\n"
                + "\n"
                + "113126;СОБКОВАНК ПАО;Срок наоборот;Новый;14,3;20;39,9999;90000;6900000;48;24;\n"
                + "113127;СОБКОВАНК ПАО;Ставка словом;Новый;много;20;39,9999;90000;6900000;24;48;\n";
        ProgrammeImport.Parsed p = ProgrammeImport.parse(file.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, p.rows().size());
        assertEquals("Changer Direct 2", p.rows().get(1).draft().name());
        assertEquals(ProgrammeStatus.ACTIVE, p.rows().get(1).draft().status());
        assertEquals(new BigDecimal("39.9999"), p.rows().get(0).draft().downPaymentPercentMax());
        assertEquals(new BigDecimal("6900000"), p.rows().get(0).draft().amountMax());
        assertEquals(1, p.repeated().size());
        assertEquals(new ImportReport.Repeat(4, 3, "113124"), p.repeated().get(0));
        assertEquals(3, p.problems().size());
        assertEquals(5, p.problems().get(0).line());
        assertEquals("bank", p.problems().get(0).field());
        assertEquals("blank lines keep the file's numbering", 7, p.problems().get(1).line());
        assertEquals("termMonthsMax", p.problems().get(1).field());
        assertEquals(8, p.problems().get(2).line());
        assertEquals("annualRatePercent", p.problems().get(2).field());
    }

    @Test
    public void aHeaderWithoutTheRequiredColumnsIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> ProgrammeImport.parse("ID;Программа\n1;X\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("file", e.fieldErrors().get(0).field());
        assertThrows("not text, not a workbook: 415", io.pitstop.core.api.UnsupportedMediaException.class,
                () -> ProgrammeImport.parse(new byte[] {(byte) 0xff, (byte) 0xfe, 1}));
    }

    @Test
    public void anXlsxWorkbookReadsLikeCsv() throws IOException {
        String[][] rows = {HEADER.strip().split(";"),
                {"200001", "Банк", "Xlsx", "", "9.9", "10", "50", "100000", "5000000", "12", "60", ""}};
        ProgrammeImport.Parsed p = ProgrammeImport.parse(xlsx(rows));
        assertEquals(1, p.rows().size());
        assertEquals("200001", p.rows().get(0).draft().code());
        assertEquals(ProgrammeStatus.NEW, p.rows().get(0).draft().status());
        assertEquals(60, p.rows().get(0).draft().termMonthsMax());
    }

    /** The smallest workbook Excel writes with inline strings: a sheet is all the reader looks at. */
    static byte[] xlsx(String[][] rows) throws IOException {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < rows.length; r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < rows[r].length; c++) {
                sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1).append("\" t=\"inlineStr\"><is><t>")
                        .append(rows[r][c]).append("</t></is></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
