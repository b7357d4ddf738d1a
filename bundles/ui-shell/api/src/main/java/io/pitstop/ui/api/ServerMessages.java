package io.pitstop.ui.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services answer in English (that is what the REST API and the logs
 * carry); a form shows their messages in the user's language. Each line of
 * {@code server-messages_<lang>.txt} pairs an English message with its
 * translation, {@code {0}}, {@code {1}} standing for the parts that vary
 * (a number, an id); a message the catalogue does not know is shown as sent.
 */
public final class ServerMessages {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    private static final ServerMessages RUSSIAN = load("server-messages_ru.txt");

    private record Entry(Pattern english, String translation) {
    }

    private final List<Entry> entries;

    private ServerMessages(List<Entry> entries) {
        this.entries = entries;
    }

    /** The message in the language; unchanged for English and for messages not in the catalogue. */
    public static String translate(Locale locale, String message) {
        if (message == null || !"ru".equals(locale.getLanguage())) {
            return message;
        }
        return RUSSIAN.apply(message);
    }

    String apply(String message) {
        for (Entry e : entries) {
            Matcher m = e.english().matcher(message);
            if (m.matches()) {
                String out = e.translation();
                for (int g = 1; g <= m.groupCount(); g++) {
                    out = out.replace("{" + (g - 1) + "}", m.group(g));
                }
                return out;
            }
        }
        return message;
    }

    static ServerMessages load(String resource) {
        List<Entry> entries = new ArrayList<>();
        try (InputStream in = ServerMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalogue " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException(resource + ": no tab between message and translation: " + line);
                }
                entries.add(new Entry(regex(line.substring(0, tab).trim()), line.substring(tab + 1).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServerMessages(List.copyOf(entries));
    }

    /** "must be at most {0} characters" → the literal text quoted, each placeholder a lazy group. */
    private static Pattern regex(String english) {
        StringBuilder regex = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.+?)");
            at = m.end();
        }
        regex.append(Pattern.quote(english.substring(at)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
