package io.pitstop.documents.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of a document layout in one language ({@code templates/document_<lang>.properties}, UTF-8), with
 * {@code {name}} placeholders filled from the document's data. A placeholder the data lacks fails loudly: a
 * document must never go out with a hole in it.
 */
final class Template {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private final Properties texts = new Properties();
    private final String language;

    Template(String language) {
        this.language = language;
        String name = "templates/document_" + language + ".properties";
        try (InputStream in = Template.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The document template " + name + " is missing from the bundle");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String language() {
        return language;
    }

    String text(String key) {
        return fill(key, Map.of());
    }

    String fill(String key, Map<String, String> values) {
        String raw = texts.getProperty(key);
        if (raw == null) {
            throw new IllegalStateException("The document template " + language + " has no text " + key);
        }
        Matcher m = PLACEHOLDER.matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("The document text " + key + " needs {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }
}
