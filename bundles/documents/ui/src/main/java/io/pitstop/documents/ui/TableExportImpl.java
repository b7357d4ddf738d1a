package io.pitstop.documents.ui;

import io.pitstop.documents.api.TableExport;
import io.pitstop.ui.api.kit.Xlsx;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * The table export plugins' REST exports use. It lives with the staff UI so that xlsx goes through the kit's own
 * writer ({@link Xlsx}): one workbook writer for the UI's downloads and the REST exports alike.
 */
@Component(service = TableExport.class)
public class TableExportImpl implements TableExport {
    @Override
    public void csv(List<String> header, Iterable<? extends List<?>> rows, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\ufeff');
            line(w, header);
            for (List<?> row : rows) {
                line(w, row);
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void xlsx(String sheet, List<String> header, Iterable<? extends List<?>> rows, OutputStream out) {
        Xlsx x = Xlsx.to(out, sheet);
        x.row(header.toArray());
        for (List<?> row : rows) {
            x.row(row.toArray());
        }
        x.finish();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(';');
            }
            b.append(cell(cells.get(i)));
        }
        w.write(b.append("\r\n").toString());
    }

    /** A cell quoted when it holds a separator, quote or line break; a formula-looking text made inert. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : value.toString();
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
