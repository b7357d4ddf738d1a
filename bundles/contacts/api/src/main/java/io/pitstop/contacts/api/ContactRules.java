package io.pitstop.contacts.api;

import io.pitstop.core.api.ValidationException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks a contact's registration numbers, phones and e-mails must pass.
 * Exported with the API so that a form shows exactly the messages the
 * service would answer. Each check takes the field name to report, returns
 * the normalised value, and answers {@code null} for a blank input (every
 * field is optional until a caller decides otherwise).
 */
public final class ContactRules {
    /** Longest phone number in E.164: 15 digits after the plus. */
    public static final int MAX_PHONE_DIGITS = 15;
    /** Shortest foreign number we accept (some small countries use 7 or 8 digits with the country code). */
    public static final int MIN_FOREIGN_DIGITS = 8;
    public static final int MAX_EMAIL = 254;

    private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INN12_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern KPP = Pattern.compile("\\d{4}[0-9A-Z]{2}\\d{3}");
    /** Characters people put between the digits of a phone number. */
    private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s()\\-.\u00a0\u2010-\u2015]");
    private static final Pattern EMAIL_LOCAL = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** Letters of any script, so that Cyrillic domains such as {@code почта.рф} pass. */
    private static final Pattern DOMAIN_LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");

    private ContactRules() {
    }

    /**
     * INN (ИНН) of an organisation (10 digits) or of a person or sole
     * proprietor (12 digits), checked by the tax service's control digits.
     */
    public static String inn(String text, String field) {
        String inn = trimToNull(text);
        if (inn == null) {
            return null;
        }
        if (!DIGITS.matcher(inn).matches() || (inn.length() != 10 && inn.length() != 12)) {
            throw ValidationException.field(field, "must be 10 digits (organisation) or 12 digits (person, sole proprietor)");
        }
        if (!isValidInn(inn)) {
            throw ValidationException.field(field, "is not a valid INN: the check digits do not match");
        }
        return inn;
    }

    /** INN of a natural person: 12 digits only. */
    public static String personInn(String text, String field) {
        String inn = inn(text, field);
        if (inn != null && inn.length() != 12) {
            throw ValidationException.field(field, "of a person must have 12 digits");
        }
        return inn;
    }

    /** True when the text is a 10- or 12-digit INN whose control digits match. */
    public static boolean isValidInn(String inn) {
        if (inn == null || !DIGITS.matcher(inn).matches() || isAllZeros(inn)) {
            return false;
        }
        if (inn.length() == 10) {
            return control(inn, INN10) == digit(inn, 9);
        }
        if (inn.length() == 12) {
            return control(inn, INN12_11) == digit(inn, 10) && control(inn, INN12_12) == digit(inn, 11);
        }
        return false;
    }

    /**
     * KPP (КПП): 9 characters, the tax office code (4 digits), the reason
     * code (2 digits or capital Latin letters) and a number (3 digits).
     * Lower-case letters are accepted and upper-cased.
     */
    public static String kpp(String text, String field) {
        String kpp = trimToNull(text);
        if (kpp == null) {
            return null;
        }
        kpp = kpp.toUpperCase(Locale.ROOT);
        if (!KPP.matcher(kpp).matches()) {
            throw ValidationException.field(field, "must be 9 characters: 4 digits, 2 digits or letters A-Z, 3 digits");
        }
        return kpp;
    }

    /**
     * OGRN (ОГРН, 13 digits, control = first 12 digits mod 11, mod 10) of a
     * legal entity or OGRNIP (ОГРНИП, 15 digits, control = first 14 mod 13,
     * mod 10) of a sole proprietor.
     */
    public static String ogrn(String text, String field) {
        String ogrn = trimToNull(text);
        if (ogrn == null) {
            return null;
        }
        if (!DIGITS.matcher(ogrn).matches() || (ogrn.length() != 13 && ogrn.length() != 15)) {
            throw ValidationException.field(field, "must be 13 digits (OGRN) or 15 digits (OGRNIP)");
        }
        if (!isValidOgrn(ogrn)) {
            throw ValidationException.field(field, "is not a valid " + (ogrn.length() == 13 ? "OGRN" : "OGRNIP")
                    + ": the check digit does not match");
        }
        return ogrn;
    }

    /** True when the text is a 13-digit OGRN or a 15-digit OGRNIP whose control digit matches. */
    public static boolean isValidOgrn(String ogrn) {
        if (ogrn == null || !DIGITS.matcher(ogrn).matches() || isAllZeros(ogrn)) {
            return false;
        }
        if (ogrn.length() == 13) {
            return Long.parseLong(ogrn.substring(0, 12)) % 11 % 10 == digit(ogrn, 12);
        }
        if (ogrn.length() == 15) {
            return Long.parseLong(ogrn.substring(0, 14)) % 13 % 10 == digit(ogrn, 14);
        }
        return false;
    }

    /**
     * A phone number in E.164 ({@code +79123456789}). Russian writings are
     * understood: {@code 8 (912) 345-67-89}, {@code +7 912 345 67 89},
     * {@code 79123456789}, a bare 10-digit {@code 9123456789}, and the
     * international prefixes {@code 8 10} and {@code 00}. A foreign number
     * must carry its country code: {@code +} and 8 to 15 digits.
     */
    public static String phone(String text, String field) {
        String raw = trimToNull(text);
        if (raw == null) {
            return null;
        }
        String compact = PHONE_PUNCTUATION.matcher(raw).replaceAll("");
        boolean plus = compact.startsWith("+");
        String digits = plus ? compact.substring(1) : compact;
        if (digits.isEmpty() || !DIGITS.matcher(digits).matches()) {
            throw ValidationException.field(field, "is not a phone number: use digits, spaces, brackets, dashes and a leading +");
        }
        String e164 = plus ? international(digits) : national(digits);
        if (e164 == null) {
            throw ValidationException.field(field, "is not a phone number we can read: write it as +7 912 345-67-89, "
                    + "8 912 345-67-89 or, for other countries, + and the country code");
        }
        return e164;
    }

    private static String international(String digits) {
        if (digits.startsWith("0")) {
            return null;
        }
        if (digits.startsWith("7")) {
            return digits.length() == 11 && digits.charAt(1) >= '3' ? "+" + digits : null;
        }
        return digits.length() >= MIN_FOREIGN_DIGITS && digits.length() <= MAX_PHONE_DIGITS ? "+" + digits : null;
    }

    private static String national(String digits) {
        if (digits.length() == 10 && digits.charAt(0) >= '3') {
            return "+7" + digits;
        }
        if (digits.length() == 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8') && digits.charAt(1) >= '3') {
            return "+7" + digits.substring(1);
        }
        // dialled from Russia (8, dial tone, 10) or from Europe (00) to another country
        if (digits.startsWith("810") && digits.length() > 11) {
            return international(digits.substring(3));
        }
        if (digits.startsWith("00")) {
            return international(digits.substring(2));
        }
        return null;
    }

    /**
     * An e-mail address, trimmed and lower-cased. The check is the usual
     * practical one (dot-atom local part, a domain with at least two labels),
     * not full RFC 5322: quoted local parts and IP literals are refused.
     */
    public static String email(String text, String field) {
        String email = trimToNull(text);
        if (email == null) {
            return null;
        }
        email = email.toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        if (email.length() > MAX_EMAIL || at <= 0 || at > 64 || at == email.length() - 1
                || !EMAIL_LOCAL.matcher(email.substring(0, at)).matches() || !isDomain(email.substring(at + 1))) {
            throw ValidationException.field(field, "is not a valid e-mail address");
        }
        return email;
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!DOMAIN_LABEL.matcher(label).matches()) {
                return false;
            }
        }
        String tld = labels[labels.length - 1];
        return (tld.length() >= 2 && tld.chars().allMatch(Character::isLetter))
                || (tld.startsWith("xn--") && tld.length() > 4);
    }

    private static int control(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum % 11 % 10;
    }

    private static int digit(String digits, int index) {
        return digits.charAt(index) - '0';
    }

    private static boolean isAllZeros(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }

    private static String trimToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
