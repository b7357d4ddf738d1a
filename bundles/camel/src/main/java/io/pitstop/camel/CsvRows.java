package io.pitstop.camel;

import io.pitstop.core.api.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns CSV text with a header row into one map per row, keys lower-cased.
 * The delimiter is guessed from the header (';' as exported by 1C and Excel
 * in Russian locales, else ','). A BOM is dropped.
 */
final class CsvRows {
    private CsvRows() {
    }

    static List<Map<String, String>> parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.field("body", "CSV is empty");
        }
        String csv = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        String header = csv.lines().findFirst().orElse("");
        char delimiter = header.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<Map<String, String>> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(csv))) {
            List<String> names = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < names.size() && i < record.size(); i++) {
                    row.put(names.get(i).trim().toLowerCase(Locale.ROOT), record.get(i));
                }
                row.put("_line", Long.toString(record.getRecordNumber() + 1));
                rows.add(row);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ValidationException.field("body", "is not readable CSV: " + e.getMessage());
        }
        return rows;
    }
}
