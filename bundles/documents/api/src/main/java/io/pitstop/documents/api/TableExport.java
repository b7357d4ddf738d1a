package io.pitstop.documents.api;

import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Tables for REST exports: a header row, then rows of cells (numbers stay numbers in xlsx; everything else is
 * written as text). CSV is UTF-8 with a BOM, semicolon-separated, as Russian spreadsheets open it.
 */
@ProviderType
public interface TableExport {
    /** The formats: {@code csv} and {@code xlsx}. */
    List<String> FORMATS = List.of("csv", "xlsx");

    void csv(List<String> header, Iterable<? extends List<?>> rows, OutputStream out);

    void xlsx(String sheet, List<String> header, Iterable<? extends List<?>> rows, OutputStream out);

    /** The media type of a format. */
    static String mediaType(String format) {
        return "xlsx".equals(format) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8";
    }
}
