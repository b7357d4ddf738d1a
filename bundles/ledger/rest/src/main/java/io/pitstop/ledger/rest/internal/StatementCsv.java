package io.pitstop.ledger.rest.internal;

import io.pitstop.core.rest.CsvRows;
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
        CsvRows csv = new CsvRows("date", "time", "transaction", "type", "reason", "source_document", "memo", "debit", "credit",
                "balance", "currency");
        csv.row(s.from().toString(), "", "", "", "opening balance", "", "", "", "", s.opening().toPlainString(), s.currency());
        for (Statement.Line line : s.lines()) {
            String at = TIME.format(line.postedAt().atZone(zone));
            BigDecimal amount = line.amount();
            csv.row(at.substring(0, 10), at.substring(11), line.transaction().toString(), line.type(), line.reason(),
                    line.sourceDocument(), line.memo(), amount.signum() < 0 ? amount.negate().toPlainString() : "",
                    amount.signum() > 0 ? amount.toPlainString() : "", line.runningBalance().toPlainString(), s.currency());
        }
        csv.row(s.to().toString(), "", "", "", "closing balance", "", "", s.debits().toPlainString(),
                s.credits().toPlainString(), s.closing().toPlainString(), s.currency());
        return csv.toString();
    }
}
