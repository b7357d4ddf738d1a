package io.pitstop.core.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English messages of the services paired with their translation into one
 * language. Services answer in English (the REST API's default and the
 * language of the logs); the REST layer and the UI show a message in the
 * caller's language when a catalogue knows it, and as sent when none does.
 *
 * <p>A catalogue is read from text: one entry per line, the English message,
 * a tab, the translation; {@code {0}}, {@code {1}} stand for the parts that
 * vary (an amount, an id) and may be reordered or left out in the
 * translation; blank lines and lines starting with {@code #} are skipped.
 * Each bundle ships its own as {@value #RESOURCE_PREFIX}{@code <language>.txt}.
 */
public final class MessageCatalogue {
    /** Where a bundle keeps its catalogues: this prefix, the language tag, ".txt". */
    public static final String RESOURCE_PREFIX = "OSGI-INF/l10n/server-messages_";
    /** A catalogue that knows nothing. */
    public static final MessageCatalogue EMPTY = new MessageCatalogue(List.of());

    /**
     * Longer messages are returned as sent: a message can carry a caller's text (an unknown time zone, a name), and
     * matching lazy groups against a huge one costs time that grows with the square of its length.
     */
    public static final int LONGEST_TRANSLATED = 2_000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

    private record Entry(Pattern english, List<Integer> order, String translation) {
    }

    private final List<Entry> entries;

    private MessageCatalogue(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads a catalogue; a line without a tab, or a translation naming a part
     * its English message does not have, fails with the source and line.
     */
    public static MessageCatalogue read(String source, InputStream in) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException(source + ":" + number + ": no tab between message and translation");
            }
            entries.add(entry(source + ":" + number, line.substring(0, tab).trim(), line.substring(tab + 1).trim()));
        }
        return new MessageCatalogue(entries);
    }

    /** This catalogue and then another: where both know a message, this one's translation wins. */
    public MessageCatalogue and(MessageCatalogue more) {
        List<Entry> all = new ArrayList<>(entries);
        all.addAll(more.entries);
        return new MessageCatalogue(all);
    }

    /** How many messages it knows. */
    public int size() {
        return entries.size();
    }

    /** The translation of a message, or the message itself when the catalogue does not know it. */
    public String translate(String message) {
        if (message == null || message.length() > LONGEST_TRANSLATED) {
            return message;
        }
        for (Entry e : entries) {
            Matcher m = e.english().matcher(message);
            if (m.matches()) {
                // one pass over the translation, so that a value containing "{1}" is never substituted again
                Matcher slot = PLACEHOLDER.matcher(e.translation());
                StringBuilder out = new StringBuilder();
                while (slot.find()) {
                    String value = m.group(e.order().indexOf(Integer.parseInt(slot.group(1))) + 1);
                    slot.appendReplacement(out, Matcher.quoteReplacement(value));
                }
                slot.appendTail(out);
                return out.toString();
            }
        }
        return message;
    }

    /** "must be at most {0} characters": the literal text quoted, each placeholder a lazy group. */
    private static Entry entry(String where, String english, String translation) {
        StringBuilder regex = new StringBuilder();
        List<Integer> order = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.+?)");
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        regex.append(Pattern.quote(english.substring(at)));
        Matcher used = PLACEHOLDER.matcher(translation);
        while (used.find()) {
            if (!order.contains(Integer.parseInt(used.group(1)))) {
                throw new IllegalArgumentException(where + ": the translation uses " + used.group()
                        + ", which the message does not have");
            }
        }
        return new Entry(Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), translation);
    }
}
