package io.pitstop.core.api;

import java.util.List;
import java.util.Locale;

/**
 * Service messages in the reader's language, from the catalogues that the
 * installed bundles ship ({@link MessageCatalogue}); a plugin's catalogue
 * comes and goes with the plugin. English is the language the services
 * speak, so it is always supported and never translated.
 */
public interface Translations {
    /** The message in the language, or unchanged when no catalogue of that language knows it. */
    String translate(Locale language, String message);

    /** The languages some installed catalogue speaks, English first. */
    List<Locale> languages();

    /**
     * The first of a caller's preferred languages that is supported (its
     * Accept-Language, most wanted first); English when none is.
     */
    default Locale choose(List<Locale> preferred) {
        List<Locale> spoken = languages();
        for (Locale wanted : preferred) {
            for (Locale l : spoken) {
                if (l.getLanguage().equals(wanted.getLanguage())) {
                    return l;
                }
            }
        }
        return Locale.ENGLISH;
    }
}
