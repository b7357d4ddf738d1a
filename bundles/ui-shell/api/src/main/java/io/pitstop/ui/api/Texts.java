package io.pitstop.ui.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A bundle's UI strings: {@code <baseName>.properties} holds Russian (the
 * default language) and {@code <baseName>_en.properties} English. Files are
 * read as UTF-8 from the class loader of the anchor class, so every bundle
 * keeps its own texts. A missing key shows as {@code !key!} rather than
 * failing the view.
 */
public final class Texts {
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader loader;
    private final String baseName;

    private Texts(ClassLoader loader, String baseName) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.baseName = Objects.requireNonNull(baseName, "baseName");
    }

    /** Texts of the bundle that holds {@code anchor}, e.g. {@code Texts.of(MyView.class, "io.acme.ui.messages")}. */
    public static Texts of(Class<?> anchor, String baseName) {
        return new Texts(anchor.getClassLoader(), baseName);
    }

    /** The text for {@code key} in {@code locale}, with {@link MessageFormat} arguments when given. */
    public String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            // the JVM's default locale must never leak in: a missing English file falls back to Russian, not to it
            pattern = ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code key} in the current user's language. */
    public String get(String key, Object... args) {
        return get(Ui.locale(), key, args);
    }

    /** Whether {@code key} exists for {@code locale} (or the Russian default). */
    public boolean has(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(baseName, locale, loader, NO_FALLBACK).containsKey(key);
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
