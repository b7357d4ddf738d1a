package io.pitstop.contacts.impl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How names are turned into what the search indexes hold: lower case, with
 * ё read as е (people type either), split into words at anything that is
 * not a letter or a digit.
 */
final class SearchKeys {
    static final int MAX_WORD = 100;
    static final int MAX_WORDS = 30;
    /** Width of {@code contact.search_words}. */
    static final int MAX_JOINED = 310;
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchKeys() {
    }

    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** The words as stored in {@code contact.search_words}: each preceded by a space, so {@code LIKE '% w%'} finds a word start. */
    static String joined(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() + 1 + w.length() > MAX_JOINED) {
                break;
            }
            sb.append(' ').append(w);
        }
        return sb.toString();
    }

    /** The distinct words of a text, in order, each at most {@link #MAX_WORD} characters. */
    static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String w : SEPARATORS.split(key(text))) {
            if (!w.isEmpty() && words.size() < MAX_WORDS) {
                words.add(w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w);
            }
        }
        return new ArrayList<>(words);
    }
}
