package io.pitstop.ledger.rest.internal;

import io.pitstop.ledger.api.Statement;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * RFC 4180 CSV of a statement: a header, an opening-balance row, one row per
 * line with debit or credit and the running balance, and a closing row with
 * the period's totals. Times are in the book's zone.
 */
final class StatementCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementCsv() {
    }

    static String render(Statement s) {
        ZoneId zone = ZoneId.of(s.timeZone());
        StringBuilder csv = new StringBuilder("date,time,transaction,type,reason,source_document,memo,debit,credit,balance,currency\r\n");
        row(csv, s.from().toString(), "", "", "", "opening balance", "", "", "", "", s.opening().toPlainString(), s.currency());
        for (Statement.Line line : s.lines()) {
            String at = TIME.format(line.postedAt().atZone(zone));
            BigDecimal amount = line.amount();
            row(csv, at.substring(0, 10), at.substring(11), line.transaction().toString(), line.type(), line.reason(),
                    line.sourceDocument(), line.memo(), amount.signum() < 0 ? amount.negate().toPlainString() : "",
                    amount.signum() > 0 ? amount.toPlainString() : "", line.runningBalance().toPlainString(), s.currency());
        }
        row(csv, s.to().toString(), "", "", "", "closing balance", "", "", s.debits().toPlainString(),
                s.credits().toPlainString(), s.closing().toPlainString(), s.currency());
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell when it must be; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
    static String quote(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = cell;
        if ("=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
