package io.pitstop.core.rest;

/**
 * RFC 4180 CSV as REST exports answer it ({@code text/csv}: comma-separated, CRLF line ends, amounts as plain
 * decimals): a cell is quoted when it must be, and a cell that starts like a formula ({@code = + - @}, other than a
 * plain number) is prefixed with an apostrophe so that a spreadsheet never runs it. The staff UI's exports, which
 * Russian Excel opens, use the UI's own semicolon form.
 */
public final class CsvRows {
    private final StringBuilder csv = new StringBuilder();

    /** Starts with the header row. */
    public CsvRows(String... header) {
        row(header);
    }

    /** One row of cells; null is an empty cell. */
    public CsvRows row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(cell(cells[i]));
        }
        csv.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return csv.toString();
    }

    /** The cell as written: quoted when needed, a formula-like start made inert. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        if ("=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
