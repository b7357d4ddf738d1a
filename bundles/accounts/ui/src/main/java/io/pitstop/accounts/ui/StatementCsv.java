package io.pitstop.accounts.ui;

import io.pitstop.ledger.api.Statement;
import io.pitstop.ui.api.Csv;
import io.pitstop.ui.api.kit.Xlsx;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * reason) and a dot in English. The xlsx twin holds the same table with
 * amounts as number cells.
 */
final class StatementCsv {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StatementCsv() {
    }

    static byte[] render(Statement s, String accountNumber, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Csv csv = Csv.to(bytes);
        for (Object[] row : rows(s, accountNumber, locale)) {
            csv.row(Arrays.stream(row).map(cell -> cell instanceof BigDecimal amount ? number(amount, locale)
                    : cell == null ? null : cell.toString()).toArray(String[]::new));
        }
        csv.flush();
        return bytes.toByteArray();
    }

    /** The same table as an Excel workbook, amounts as number cells. */
    static byte[] renderXlsx(Statement s, String accountNumber, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Xlsx sheet = Xlsx.to(bytes, accountNumber);
        rows(s, accountNumber, locale).forEach(sheet::row);
        sheet.finish();
        return bytes.toByteArray();
    }

    /** The header, then the rows; amounts as {@link BigDecimal}, everything else as text. */
    static List<Object[]> rows(Statement s, String accountNumber, Locale locale) {
        ZoneId zone = ZoneId.of(s.timeZone());
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {t(locale, "csv.account"), t(locale, "csv.currency"), t(locale, "csv.postedAt", s.timeZone()),
                t(locale, "statement.type"), t(locale, "statement.reason"), t(locale, "statement.document"),
                t(locale, "statement.amount"), t(locale, "statement.running"), t(locale, "csv.memo"),
                t(locale, "csv.transaction")});
        rows.add(new Object[] {accountNumber, s.currency(), TIME.format(s.from().atStartOfDay()), t(locale, "csv.opening"),
                null, null, null, s.opening(), null, null});
        for (Statement.Line l : s.lines()) {
            rows.add(new Object[] {accountNumber, s.currency(), TIME.format(l.postedAt().atZone(zone)), type(l.type(), locale),
                    l.reason(), l.sourceDocument(), l.amount(), l.runningBalance(), l.memo(), l.transaction().toString()});
        }
        rows.add(new Object[] {accountNumber, s.currency(), TIME.format(s.to().atTime(LocalTime.of(23, 59, 59))),
                t(locale, "csv.closing"), null, null, null, s.closing(), null, null});
        return rows;
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
