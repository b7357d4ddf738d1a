package io.pitstop.accounts.ui;

import io.pitstop.ledger.api.Statement;
import io.pitstop.ui.api.Csv;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A statement as CSV for spreadsheets ({@link Csv}): amounts as plain numbers
 * with a dot and exactly two decimals, times in the account's zone.
 */
final class StatementCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementCsv() {
    }

    static byte[] render(Statement s, String accountNumber) {
        ZoneId zone = ZoneId.of(s.timeZone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Csv csv = Csv.to(bytes);
        csv.row("account", "currency", "from", "to", "opening", "credits", "debits", "closing");
        csv.row(accountNumber, s.currency(), s.from().toString(), s.to().toString(), s.opening().toPlainString(),
                s.credits().toPlainString(), s.debits().toPlainString(), s.closing().toPlainString());
        csv.row("posted_at", "transaction", "type", "reason", "source_document", "amount", "running_balance", "memo");
        for (Statement.Line l : s.lines()) {
            csv.row(TIME.format(l.postedAt().atZone(zone)), l.transaction().toString(), l.type(), l.reason(),
                    l.sourceDocument(), l.amount().toPlainString(), l.runningBalance().toPlainString(), l.memo());
        }
        csv.flush();
        return bytes.toByteArray();
    }
}
