package io.pitstop.notifications.impl;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {field}} placeholders of a template (seed 004: {@code {fio}}, {@code {datetime}}, {@code {car_descr}}).
 * A placeholder is a brace, a field name of lower-case letters, digits and underscores, and a brace; any other brace
 * is text. A template is checked against its event type's fields when saved, so a message never goes out with a
 * name the event does not fill.
 */
final class Placeholders {
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z0-9_]{0,49})}");

    private Placeholders() {
    }

    /** The names a text uses, in order of first use. */
    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** The names a text uses that are not among {@code known}, in order of first use. */
    static Set<String> unknown(String text, Set<String> known) {
        Set<String> unknown = names(text);
        unknown.removeAll(known);
        return unknown;
    }

    /** The text with each placeholder replaced by its value; a field the event left out becomes empty. */
    static String render(String text, Map<String, String> values) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
