package io.pitstop.ui.api;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How numbers, money and dates look in one language: Russian writes
 * {@code 1 234,50 RUB} and {@code 24.11.2026 10:15}, English
 * {@code 1,234.50 RUB} and {@code Nov 24, 2026, 10:15 AM}. Amounts show
 * exactly two decimals, the scale money has everywhere in Pitstop.
 */
public record Formats(Locale locale, ZoneId zone) {

    public static Formats of(Locale locale, ZoneId zone) {
        return new Formats(locale, zone);
    }

    /** An amount with two decimals and grouping, e.g. {@code 1 234,50}; empty for null. */
    public String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        return format.format(value);
    }

    /** An amount followed by its currency code. */
    public String money(BigDecimal value, String currency) {
        return value == null ? "" : amount(value) + " " + currency;
    }

    /**
     * Reads an amount as people type it: {@code 1 500,50} or {@code 1500.50}
     * in Russian, {@code 1,500.50} in English. Null for blank text.
     *
     * @throws NumberFormatException when the text is not a number
     */
    public BigDecimal parseAmount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.replaceAll("[\\s\u00a0\u202f']", "");
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // both present: the later one separates the decimals, the other groups thousands
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = isRussian() ? t.replace(',', '.') : t.replace(",", "");
        }
        if (!t.matches("[-+]?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(t);
    }

    /** A whole number with grouping. */
    public String count(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(value);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormatter().format(date);
    }

    /** An instant in this zone, date and minutes. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormatter().format(instant.atZone(zone));
    }

    public DateTimeFormatter dateFormatter() {
        return isRussian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public DateTimeFormatter dateTimeFormatter() {
        return isRussian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", locale)
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    private boolean isRussian() {
        return "ru".equals(locale.getLanguage());
    }
}
