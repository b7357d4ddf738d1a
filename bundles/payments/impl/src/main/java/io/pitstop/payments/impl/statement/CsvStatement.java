package io.pitstop.payments.impl.statement;

import io.pitstop.payments.api.StatementReport.LineNote;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A statement as CSV: a header row, then one payment per row. Columns by the 1C exchange field names
 * ({@code Номер;Дата;Сумма;ПлательщикИНН;…}) or their English names ({@code number, date, amount, payerInn, …});
 * {@code ;}, tab or {@code ,} as the header shows; dates {@code dd.MM.yyyy} or ISO. Each row is checked by the same
 * {@link DocumentRules} as a 1C document.
 */
final class CsvStatement {
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("number", "Номер"), Map.entry("date", "Дата"), Map.entry("amount", "Сумма"),
            Map.entry("payername", "Плательщик"), Map.entry("payerinn", "ПлательщикИНН"), Map.entry("payerkpp", "ПлательщикКПП"),
            Map.entry("payeraccount", "ПлательщикСчет"), Map.entry("payerbic", "ПлательщикБИК"),
            Map.entry("recipientname", "Получатель"), Map.entry("recipientinn", "ПолучательИНН"),
            Map.entry("recipientkpp", "ПолучательКПП"), Map.entry("recipientaccount", "ПолучательСчет"),
            Map.entry("recipientbic", "ПолучательБИК"), Map.entry("purpose", "НазначениеПлатежа"));
    private static final Set<String> REQUIRED = Set.of("Номер", "Дата", "Сумма");

    private CsvStatement() {
    }

    static ParsedStatement parse(String text, String charset) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        String header = lines[0].strip();
        char delimiter = delimiter(header);
        List<String> columns = new ArrayList<>();
        for (String c : split(header, delimiter)) {
            String name = c.strip();
            columns.add(ENGLISH.getOrDefault(name.toLowerCase(Locale.ROOT), name));
        }
        if (!columns.containsAll(REQUIRED)) {
            throw new UnreadableStatement("neither a 1C exchange file (first line " + ClientBankExchange.HEADER
                    + ") nor a CSV statement with the columns number, date and amount (Номер, Дата, Сумма)");
        }
        List<BankDocument> documents = new ArrayList<>();
        List<LineNote> rejected = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> values = split(lines[i], delimiter);
            if (values == null) {
                rejected.add(new LineNote(i + 1, "a quoted value is not closed"));
                continue;
            }
            if (values.size() != columns.size()) {
                rejected.add(new LineNote(i + 1, "the row has " + values.size() + " fields, the header " + columns.size()));
                continue;
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                fields.put(columns.get(c), values.get(c));
            }
            try {
                documents.add(DocumentRules.document(i + 1, "csv", fields));
            } catch (DocumentRules.Refused r) {
                rejected.add(new LineNote(i + 1, r.getMessage()));
            }
        }
        return new ParsedStatement("csv", charset, Set.of(), documents, rejected, List.of());
    }

    private static char delimiter(String header) {
        char best = ';';
        long most = -1;
        for (char c : new char[] {';', '\t', ','}) {
            long count = header.chars().filter(x -> x == c).count();
            if (count > most) {
                most = count;
                best = c;
            }
        }
        return best;
    }

    /** The row's values; doubled quotes inside quotes are one; null when a quote is left open. */
    static List<String> split(String row, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == delimiter) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        if (quoted) {
            return null;
        }
        out.add(cur.toString());
        return out;
    }
}
