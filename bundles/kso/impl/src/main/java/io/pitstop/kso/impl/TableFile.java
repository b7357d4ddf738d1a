package io.pitstop.kso.impl;

import io.pitstop.core.api.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A table as banks send it: CSV (UTF-8, {@code ;} or {@code ,} as the header shows, quotes doubled inside quotes) or
 * the first sheet of an xlsx workbook, read with the JDK's own zip and XML parsers so that no spreadsheet library
 * enters the feature. Rows keep their line in the file (the header is line 1) for the import report.
 */
final class TableFile {
    /** A bank's whole catalogue is a few hundred rows; more is not a programme file. */
    static final int MAX_ROWS = 10_000;

    record Row(int line, List<String> cells) {
    }

    private TableFile() {
    }

    static List<Row> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.field("file", "is empty");
        }
        List<Row> rows = content.length > 1 && content[0] == 'P' && content[1] == 'K' ? xlsx(content) : csv(text(content));
        if (rows.size() > MAX_ROWS + 1) {
            throw ValidationException.field("file", "has more than " + MAX_ROWS + " rows");
        }
        return rows;
    }

    private static String text(byte[] content) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new io.pitstop.core.api.UnsupportedMediaException("must be CSV in UTF-8 or an xlsx workbook");
        }
    }

    static List<Row> csv(String text) {
        int firstBreak = text.indexOf('\n');
        String header = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char sep = header.indexOf(';') >= 0 ? ';' : header.indexOf('\t') >= 0 ? '\t' : ',';
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == sep) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                add(rows, rowLine, cells);
                cells = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            add(rows, rowLine, cells);
        }
        return rows;
    }

    /** Blank lines are skipped, not reported: spreadsheets end files with them. */
    private static void add(List<Row> rows, int line, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isBlank())) {
            rows.add(new Row(line, List.copyOf(cells)));
        }
    }

    private static List<Row> xlsx(byte[] content) {
        byte[] sheet = null;
        byte[] strings = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = limited(zip);
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    strings = limited(zip);
                }
            }
        } catch (IOException e) {
            throw ValidationException.field("file", "is not a readable xlsx workbook");
        }
        if (sheet == null) {
            throw ValidationException.field("file", "is not an xlsx workbook with a first sheet");
        }
        List<String> shared = new ArrayList<>();
        if (strings != null) {
            NodeList items = parse(strings).getElementsByTagNameNS("*", "si");
            for (int i = 0; i < items.getLength(); i++) {
                shared.add(texts((Element) items.item(i)));
            }
        }
        List<Row> rows = new ArrayList<>();
        NodeList xmlRows = parse(sheet).getElementsByTagNameNS("*", "row");
        for (int i = 0; i < xmlRows.getLength(); i++) {
            Element row = (Element) xmlRows.item(i);
            int line = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) : i + 1;
            Map<Integer, String> byColumn = new HashMap<>();
            int last = -1;
            NodeList cs = row.getElementsByTagNameNS("*", "c");
            for (int j = 0; j < cs.getLength(); j++) {
                Element c = (Element) cs.item(j);
                int column = c.hasAttribute("r") ? column(c.getAttribute("r")) : j;
                byColumn.put(column, value(c, shared));
                last = Math.max(last, column);
            }
            List<String> cells = new ArrayList<>();
            for (int k = 0; k <= last; k++) {
                cells.add(byColumn.getOrDefault(k, ""));
            }
            add(rows, line, cells);
        }
        return rows;
    }

    private static String value(Element c, List<String> shared) {
        String type = c.getAttribute("t");
        if (type.equals("inlineStr")) {
            return texts(c);
        }
        NodeList v = c.getElementsByTagNameNS("*", "v");
        String raw = v.getLength() == 0 ? "" : v.item(0).getTextContent();
        if (type.equals("s")) {
            int index = Integer.parseInt(raw.trim());
            if (index < 0 || index >= shared.size()) {
                throw ValidationException.field("file", "refers to a text the workbook does not hold");
            }
            return shared.get(index);
        }
        if (type.equals("b")) {
            return raw.equals("1") ? "true" : "false";
        }
        return raw;
    }

    private static String texts(Element e) {
        StringBuilder s = new StringBuilder();
        NodeList ts = e.getElementsByTagNameNS("*", "t");
        for (int i = 0; i < ts.getLength(); i++) {
            s.append(ts.item(i).getTextContent());
        }
        return s.toString();
    }

    /** {@code C12} → 2 (from 0). */
    static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    /** A zip bomb stops at 20 MB rather than at the heap's end. */
    private static byte[] limited(InputStream in) throws IOException {
        byte[] data = in.readNBytes(20 * 1024 * 1024 + 1);
        if (data.length > 20 * 1024 * 1024) {
            throw ValidationException.field("file", "is too large once unpacked");
        }
        return data;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw ValidationException.field("file", "is not a readable xlsx workbook");
        }
    }
}
