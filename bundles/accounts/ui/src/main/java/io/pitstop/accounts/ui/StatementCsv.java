package io.pitstop.accounts.ui;

import io.pitstop.ledger.api.Statement;
import io.pitstop.ui.api.Csv;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A statement as CSV for spreadsheets ({@link Csv}): one header row in the
 * user's language, then one row per line between an opening-balance row and a
 * closing-balance row, so that the file sorts and filters as one table (a
 * summary block above the lines made spreadsheets read two tables). Operation
 * types are words of the user's language, not codes; times are in the
 * account's zone, which the date column's header names. Amounts carry no
 * grouping and exactly two decimals, with the decimal comma that Russian
 * spreadsheets read as a number (they split on the semicolon for the same
 * reason) and a dot in English.
 */
final class StatementCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementCsv() {
    }

    static byte[] render(Statement s, String accountNumber, Locale locale) {
        ZoneId zone = ZoneId.of(s.timeZone());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Csv csv = Csv.to(bytes);
        csv.row(t(locale, "csv.account"), t(locale, "csv.currency"), t(locale, "csv.postedAt", s.timeZone()),
                t(locale, "statement.type"), t(locale, "statement.reason"), t(locale, "statement.document"),
                t(locale, "statement.amount"), t(locale, "statement.running"), t(locale, "csv.memo"),
                t(locale, "csv.transaction"));
        csv.row(accountNumber, s.currency(), TIME.format(s.from().atStartOfDay()), t(locale, "csv.opening"), null, null,
                null, number(s.opening(), locale), null, null);
        for (Statement.Line l : s.lines()) {
            csv.row(accountNumber, s.currency(), TIME.format(l.postedAt().atZone(zone)), type(l.type(), locale), l.reason(),
                    l.sourceDocument(), number(l.amount(), locale), number(l.runningBalance(), locale), l.memo(),
                    l.transaction().toString());
        }
        csv.row(accountNumber, s.currency(), TIME.format(s.to().atTime(LocalTime.of(23, 59, 59))),
                t(locale, "csv.closing"), null, null, null, number(s.closing(), locale), null, null);
        csv.flush();
        return bytes.toByteArray();
    }

    /** The operation in words; a plugin's own type that no catalogue knows stays as its code. */
    static String type(String code, Locale locale) {
        return code != null && AccountsUi.TEXTS.has(locale, "type." + code) ? t(locale, "type." + code) : code;
    }

    private static String number(BigDecimal amount, Locale locale) {
        String plain = (amount.scale() < 2 ? amount.setScale(2) : amount).toPlainString();
        return "ru".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    private static String t(Locale locale, String key, Object... args) {
        return AccountsUi.TEXTS.get(locale, key, args);
    }
}
