package io.pitstop.ui.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * CSV for spreadsheets, the way every export of the staff UI writes it:
 * semicolon-separated (what Russian Excel expects), UTF-8 with a byte-order
 * mark, a cell quoted when it holds a separator, quote or line break, and a
 * cell that starts like a formula ({@code = + - @}, not a plain number with a decimal point or comma)
 * prefixed with an apostrophe so that a spreadsheet never runs it.
 */
public final class Csv {
    private final Writer out;

    private Csv(Writer out) {
        this.out = out;
    }

    /** A writer onto the stream; the byte-order mark is written at once. */
    public static Csv to(OutputStream stream) {
        Csv csv = new Csv(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        csv.write("\uFEFF");
        return csv;
    }

    /** One line of cells; null is an empty cell. */
    public Csv row(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(';');
            }
            line.append(cell(cells[i]));
        }
        return write(line.append('\n').toString());
    }

    /** Flushes what was written to the stream (the stream stays open). */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Csv write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The cell as written: quoted when needed, a formula-like start neutralised. */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+([.,]\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
