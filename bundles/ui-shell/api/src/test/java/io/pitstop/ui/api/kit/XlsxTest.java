package io.pitstop.ui.api.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

public class XlsxTest {

    private static Map<String, String> parts(byte[] zip) throws Exception {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void aWorkbookHasThePartsExcelOpensAndWellFormedXml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.to(out, "Контакты").row("Наименование", "Сумма").row("ООО «Ромашка» & Co <1>", new BigDecimal("1500.50")).finish();
        Map<String, String> parts = parts(out.toByteArray());
        assertEquals(Set.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), parts.keySet());
        for (String part : parts.values()) {
            xml(part); // throws when not well-formed
        }
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Контакты\""));
        Document sheet = xml(parts.get("xl/worksheets/sheet1.xml"));
        NodeList rows = sheet.getElementsByTagName("row");
        assertEquals(2, rows.getLength());
        assertEquals("НаименованиеСумма", rows.item(0).getTextContent());
        NodeList cells = ((org.w3c.dom.Element) rows.item(1)).getElementsByTagName("c");
        assertEquals("inlineStr", cells.item(0).getAttributes().getNamedItem("t").getNodeValue());
        assertEquals("ООО «Ромашка» & Co <1>", cells.item(0).getTextContent());
        assertEquals("a number stays a number", "n", cells.item(1).getAttributes().getNamedItem("t").getNodeValue());
        assertEquals("1500.50", cells.item(1).getTextContent());
    }

    @Test
    public void theHeaderIsBoldEvenForNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.to(out, "s").row(2026, "x").row(1, null).finish();
        String sheet = parts(out.toByteArray()).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet, sheet.startsWith("<?xml") && sheet.contains("<c t=\"inlineStr\" s=\"1\"><is><t xml:space=\"preserve\">2026</t>"));
        assertTrue(sheet, sheet.contains("<row><c t=\"n\"><v>1</v></c><c/></row>"));
    }

    @Test
    public void charactersXmlCannotCarryAreDroppedNotWritten() {
        assertEquals("ab\tc", Xlsx.escape("a\u0000b\tc\u0007"));
        assertEquals("x", Xlsx.escape("x\ud800"));
        assertEquals("😀", Xlsx.escape("😀"));
    }

    @Test
    public void sheetNamesAreCutToWhatExcelAccepts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Xlsx.to(out, "a/b:c".repeat(10)).finish();
        String workbook = parts(out.toByteArray()).get("xl/workbook.xml");
        assertTrue(workbook, workbook.contains("name=\"a b ca b ca b ca b ca b ca b ca\""));
    }
}
