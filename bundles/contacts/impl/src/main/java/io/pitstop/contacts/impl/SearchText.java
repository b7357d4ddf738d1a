package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.ContactRules;
import io.pitstop.core.api.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a search box text means. Every reading maps to an index: an e-mail
 * or a number (phone, INN, OGRN) is looked up exactly, anything else is a
 * list of word prefixes that must all start a word of the name.
 */
record SearchText(Mode mode, List<String> words, String email, String phone, String inn, String ogrn) {
    /** How the text is matched. */
    enum Mode {
        /** No text: every contact. */
        ANY,
        /** Word prefixes of the name. */
        WORDS,
        /** Exact e-mail, phone, INN or OGRN; a number that is none of these matches nothing. */
        EXACT
    }

    /** Enough words to narrow any real name; more only make the SQL longer. */
    static final int MAX_WORDS = 5;
    private static final Pattern NUMBER = Pattern.compile("[+\\d\\s()\\-.]+");
    private static final int MIN_NUMBER_DIGITS = 5;

    static SearchText parse(String text) {
        if (text == null || text.isBlank()) {
            return new SearchText(Mode.ANY, List.of(), null, null, null, null);
        }
        String t = text.strip();
        if (t.indexOf('@') >= 0) {
            return new SearchText(Mode.EXACT, List.of(), t.toLowerCase(Locale.ROOT), null, null, null);
        }
        String digits = t.replaceAll("\\D", "");
        if (NUMBER.matcher(t).matches() && digits.length() >= MIN_NUMBER_DIGITS) {
            String phone;
            try {
                phone = ContactRules.phone(t, "q");
            } catch (ValidationException notAPhone) {
                phone = null;
            }
            boolean innLength = digits.length() == 10 || digits.length() == 12;
            boolean ogrnLength = digits.length() == 13 || digits.length() == 15;
            return new SearchText(Mode.EXACT, List.of(), null, phone, innLength ? digits : null, ogrnLength ? digits : null);
        }
        List<String> words = SearchKeys.words(t);
        if (words.isEmpty()) {
            return new SearchText(Mode.ANY, List.of(), null, null, null, null);
        }
        return new SearchText(Mode.WORDS, words.size() > MAX_WORDS ? words.subList(0, MAX_WORDS) : words,
                null, null, null, null);
    }
}
