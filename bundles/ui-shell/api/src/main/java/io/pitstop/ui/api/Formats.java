package io.pitstop.ui.api;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How numbers, money, phones, dates and Russian registration numbers look in
 * one language. Russian writes {@code 1 500,00 ₽} and {@code 07.12.2026 14:05},
 * English {@code ₽1,500.00} and {@code 7 Dec 2026, 14:05} (British order: staff
 * read 12/1/2026 as the 12th of January). Amounts show exactly two decimals,
 * the scale money has everywhere in Pitstop. Russian grouping uses a
 * non-breaking space, so an amount never wraps inside a grid cell.
 */
public record Formats(Locale locale, ZoneId zone) {
    private static final char NBSP = '\u00a0';
    /** Currencies staff know by their sign; any other shows its ISO code. */
    private static final Map<String, String> SIGNS = Map.of("RUB", "₽", "USD", "$", "EUR", "€", "GBP", "£", "CNY", "¥");
    /** Two-digit country calling codes (ITU-T E.164); the rest of the non-NANP, non-Russian world has three. */
    private static final Set<String> TWO_DIGIT_CODES = Set.of("20", "27", "30", "31", "32", "33", "34", "36", "39",
            "40", "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58",
            "60", "61", "62", "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98");

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
        return nbsp(format.format(value));
    }

    /**
     * An amount with its currency as people write it: {@code 1 500,00 ₽},
     * {@code -20,00 ₽} in Russian, {@code ₽1,500.00}, {@code -₽20.00} in
     * English; a currency without a well-known sign goes by its code
     * ({@code 1 500,00 KZT}, {@code KZT 1,500.00}).
     */
    public String money(BigDecimal value, String currency) {
        if (value == null) {
            return "";
        }
        String sign = currency == null ? "" : SIGNS.getOrDefault(currency, currency);
        if (sign.isEmpty()) {
            return amount(value);
        }
        if (isRussian()) {
            return amount(value) + NBSP + sign;
        }
        String separator = sign.length() > 1 ? " " : "";
        return (value.signum() < 0 ? "-" : "") + sign + separator + amount(value.abs());
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
        String t = text.replaceAll("[\\s\u00a0\u202f'₽]", "");
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
        return nbsp(new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale)).format(value));
    }

    public String date(LocalDate date) {
        return date == null ? "" : dateFormatter().format(date);
    }

    /** An instant in this zone, date and minutes: {@code 07.12.2026 14:05} / {@code 7 Dec 2026, 14:05}. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTimeFormatter().format(instant.atZone(zone));
    }

    /** An instant in another zone (an account's own), date and minutes. */
    public String dateTime(Instant instant, ZoneId otherZone) {
        return instant == null ? "" : dateTimeFormatter().format(instant.atZone(otherZone));
    }

    /** The time of day of an instant in this zone, {@code 14:05}. */
    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(instant.atZone(zone));
    }

    public DateTimeFormatter dateFormatter() {
        return isRussian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy", locale)
                : DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    }

    public DateTimeFormatter dateTimeFormatter() {
        return isRussian() ? DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", locale)
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    }

    /**
     * A phone as staff dial it: a Russian number ({@code +74951234567},
     * {@code 84951234567}) as {@code +7 (495) 123-45-67}; another E.164
     * number as country code and groups ({@code +44 207 946 0958},
     * {@code +1 (212) 555-0123}); anything else exactly as given.
     */
    public String phone(String phone) {
        if (phone == null) {
            return "";
        }
        String digits = phone.replaceAll("[\\s()\\-.\u00a0]", "");
        if (digits.matches("(\\+7|8)\\d{10}")) {
            String n = digits.substring(digits.length() - 10);
            return "+7 (" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6, 8) + "-" + n.substring(8);
        }
        if (digits.matches("\\+1\\d{10}")) {
            String n = digits.substring(2);
            return "+1 (" + n.substring(0, 3) + ") " + n.substring(3, 6) + "-" + n.substring(6);
        }
        if (!digits.matches("\\+[2-9]\\d{7,14}")) {
            return phone;
        }
        int code = TWO_DIGIT_CODES.contains(digits.substring(1, 3)) ? 2 : 3;
        StringBuilder out = new StringBuilder(digits.substring(0, 1 + code));
        String rest = digits.substring(1 + code);
        // groups of three, the last one taking up to four, so no digit stands alone at the end
        while (rest.length() > 4) {
            out.append(' ').append(rest, 0, 3);
            rest = rest.substring(3);
        }
        return out.append(' ').append(rest).toString();
    }

    /** An INN: ten digits (organisation) or twelve (person) as they are; other text trimmed, as given. */
    public String inn(String inn) {
        return inn == null ? "" : inn.trim();
    }

    /** INN and KPP together, as on Russian documents: {@code 7707083893 / 770701001}; the INN alone without KPP. */
    public String innKpp(String inn, String kpp) {
        String i = inn(inn);
        String k = kpp == null ? "" : kpp.trim();
        if (k.isEmpty()) {
            return i;
        }
        return i.isEmpty() ? k : i + " / " + k;
    }

    /**
     * An account number: a twenty-digit Russian bank account in the groups of
     * its parts (balance account, currency, check digit, branch, number:
     * {@code 40817 810 5 0990 0123456}); a personal account number of Pitstop
     * as numbered.
     */
    public String accountNumber(String number) {
        if (number == null) {
            return "";
        }
        String n = number.trim();
        if (n.matches("\\d{20}")) {
            return n.substring(0, 5) + " " + n.substring(5, 8) + " " + n.substring(8, 9) + " " + n.substring(9, 13)
                    + " " + n.substring(13);
        }
        return n;
    }

    /**
     * A recorded text with each plain amount and its currency code, as the
     * services write them into texts kept for later ({@code +700.00 RUB},
     * {@code 1500.00 USD}), rewritten as this language writes money
     * ({@code +700,00 ₽}); an explicit plus stays, as it says "credited".
     * A three-letter word that is no currency code, and every other word,
     * stays as it is.
     */
    public String amountsIn(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = PLAIN_AMOUNT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String currency = m.group(3);
            String replacement = m.group();
            if (isCurrency(currency)) {
                BigDecimal value = new BigDecimal(m.group(2));
                String sign = m.group(1);
                replacement = (sign.equals("+") ? "+" : "") + money(sign.equals("-") ? value.negate() : value, currency);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A plain amount (sign, digits, point decimals) and a three-letter code, not inside a longer number or word. */
    private static final Pattern PLAIN_AMOUNT =
            Pattern.compile("(?<![\\w.,])([+-]?)(\\d+(?:\\.\\d+)?) ([A-Z]{3})(?![\\w])");

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isRussian() {
        return "ru".equals(locale.getLanguage());
    }

    /** One grouping character whatever the JDK's locale data says (U+00A0 or U+202F). */
    private static String nbsp(String s) {
        return s.replace('\u202f', NBSP);
    }
}
