package io.pitstop.accounts.ui;

import io.pitstop.ledger.api.Statement;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A statement as CSV for spreadsheets: semicolon-separated (what Russian
 * Excel expects), UTF-8 with a byte-order mark, amounts as plain numbers with
 * a dot and exactly two decimals, times in the account's zone.
 */
final class StatementCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementCsv() {
    }

    static byte[] render(Statement s, String accountNumber) {
        ZoneId zone = ZoneId.of(s.timeZone());
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append("account;currency;from;to;opening;credits;debits;closing\n");
        row(out, accountNumber, s.currency(), s.from().toString(), s.to().toString(), s.opening().toPlainString(),
                s.credits().toPlainString(), s.debits().toPlainString(), s.closing().toPlainString());
        out.append("posted_at;transaction;type;reason;source_document;amount;running_balance;memo\n");
        for (Statement.Line l : s.lines()) {
            row(out, TIME.format(l.postedAt().atZone(zone)), l.transaction().toString(), l.type(), l.reason(),
                    l.sourceDocument(), l.amount().toPlainString(), l.runningBalance().toPlainString(), l.memo());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(cell(cells[i]));
        }
        out.append('\n');
    }

    /** Quotes a cell that holds a separator, quote or line break; a leading formula sign is neutralised. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
