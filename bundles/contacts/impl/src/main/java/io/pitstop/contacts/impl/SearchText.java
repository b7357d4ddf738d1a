package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.ContactRules;
import io.pitstop.core.api.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search box text means. Every reading maps to an index: an e-mail
 * or a number (phone, INN, OGRN) is looked up exactly, a run of 4 to 11
 * digits also as the beginning of an INN (staff type the first digits they
 * see on a document), anything else is a list of word prefixes that must all
 * start a word of the name.
 */
record SearchText(Mode mode, List<String> words, String email, String phone, String inn, String ogrn, String innPrefix) {
    /** How the text is matched. */
    enum Mode {
        /** No text: every contact. */
        ANY,
        /** Word prefixes of the name. */
        WORDS,
        /** Exact e-mail, phone, INN or OGRN, or the beginning of an INN; a number that is none of these matches nothing. */
        EXACT
    }

    /** Enough words to narrow any real name; more only make the SQL longer. */
    static final int MAX_WORDS = 5;
    private static final Pattern NUMBER = Pattern.compile("[+\\d\\s()\\-.]+");
    private static final int MIN_NUMBER_DIGITS = 5;
    /** Fewer digits than this match too many INNs to be a search. */
    static final int MIN_INN_PREFIX = 4;
    private static final int MAX_INN_PREFIX = 11;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    static SearchText parse(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(Mode.ANY, List.of(), null, null, null, null, null);
        }
        String t = text.strip();
        if (t.indexOf('@') >= 0) {
            return new SearchText(Mode.EXACT, List.of(), t.toLowerCase(Locale.ROOT), null, null, null, null);
        }
        String digits = t.replaceAll("\\D", "");
        String innPrefix = DIGITS.matcher(t).matches() && t.length() >= MIN_INN_PREFIX && t.length() <= MAX_INN_PREFIX
                ? t : null;
        if (innPrefix != null && digits.length() < MIN_NUMBER_DIGITS) {
            return new SearchText(Mode.EXACT, List.of(), null, null, null, null, innPrefix);
        }
        if (NUMBER.matcher(t).matches() && digits.length() >= MIN_NUMBER_DIGITS) {
            String phone;
            try {
                phone = ContactRules.phone(t, "q");
            } catch (ValidationException notAPhone) {
                phone = null;
            }
            boolean innLength = digits.length() == 10 || digits.length() == 12;
            boolean ogrnLength = digits.length() == 13 || digits.length() == 15;
            return new SearchText(Mode.EXACT, List.of(), null, phone, innLength ? digits : null, ogrnLength ? digits : null,
                    innPrefix);
        }
        List<String> words = SearchKeys.words(t);
        if (words.isEmpty()) {
            return new SearchText(Mode.ANY, List.of(), null, null, null, null, null);
        }
        return new SearchText(Mode.WORDS, words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words,
                null, null, null, null, null);
    }

    /**
     * The first INN after every INN starting with {@code prefix} (the prefix
     * with its last digit raised, carrying over nines), or null when none can
     * follow. With it the prefix is a range of the INN index on either
     * database whatever its collation: digit-only text sorts the same in all.
     */
    static String innPrefixEnd(String prefix) {
        char[] c = prefix.toCharArray();
        for (int i = c.length - 1; i >= 0; i--) {
            if (c[i] < '9') {
                c[i]++;
                return new String(c, 0, i + 1);
            }
        }
        return null;
    }
}
