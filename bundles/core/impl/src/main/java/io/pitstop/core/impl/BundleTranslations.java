package io.pitstop.core.impl;

import io.pitstop.core.api.MessageCatalogue;
import io.pitstop.core.api.Translations;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translations from the catalogues the started bundles ship under
 * {@code OSGI-INF/l10n/server-messages_<language>.txt}. A plugin's catalogue
 * is read when the plugin starts and dropped when it stops, so its messages
 * speak Russian exactly as long as it is installed. Where two bundles know
 * the same message, the one installed first wins (the core before plugins).
 */
@Component(service = Translations.class)
public class BundleTranslations implements Translations {
    private static final Logger LOG = LoggerFactory.getLogger(BundleTranslations.class);
    private static final String FOLDER = MessageCatalogue.RESOURCE_PREFIX.substring(0, MessageCatalogue.RESOURCE_PREFIX.lastIndexOf('/'));
    private static final String FILE_PREFIX = MessageCatalogue.RESOURCE_PREFIX.substring(FOLDER.length() + 1);

    /** bundle id → language → that bundle's catalogue; ordered so that merging is the same on every boot. */
    private final SortedMap<Long, Map<String, MessageCatalogue>> byBundle = new TreeMap<>();
    private volatile Map<String, MessageCatalogue> merged = Map.of();
    private BundleTracker<Long> tracker;

    @Activate
    void activate(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<>() {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                Map<String, MessageCatalogue> catalogues = read(bundle);
                if (catalogues.isEmpty()) {
                    return null;
                }
                change(bundle.getBundleId(), catalogues);
                return bundle.getBundleId();
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
                // a catalogue is part of the bundle's content, which a state change does not alter
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                change(id, null);
            }
        });
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public String translate(Locale language, String message) {
        if (language == null || message == null) {
            return message;
        }
        MessageCatalogue catalogue = merged.get(language.getLanguage());
        return catalogue == null ? message : catalogue.translate(message);
    }

    @Override
    public List<Locale> languages() {
        List<Locale> languages = new ArrayList<>();
        languages.add(Locale.ENGLISH);
        merged.keySet().stream().sorted().map(Locale::forLanguageTag).forEach(languages::add);
        return languages;
    }

    private synchronized void change(long bundleId, Map<String, MessageCatalogue> catalogues) {
        if (catalogues == null) {
            byBundle.remove(bundleId);
        } else {
            byBundle.put(bundleId, catalogues);
        }
        merged = merge(byBundle.values());
    }

    static Map<String, MessageCatalogue> merge(Iterable<Map<String, MessageCatalogue>> inOrder) {
        Map<String, MessageCatalogue> all = new TreeMap<>();
        for (Map<String, MessageCatalogue> catalogues : inOrder) {
            catalogues.forEach((language, catalogue) -> all.merge(language, catalogue, MessageCatalogue::and));
        }
        return Collections.unmodifiableMap(all);
    }

    /** The bundle's catalogues by language; a catalogue that cannot be read is left out with an error in the log. */
    static Map<String, MessageCatalogue> read(Bundle bundle) {
        Map<String, MessageCatalogue> catalogues = new TreeMap<>();
        Enumeration<URL> files = bundle.findEntries(FOLDER, FILE_PREFIX + "*.txt", false);
        if (files == null) {
            return catalogues;
        }
        for (URL url : Collections.list(files)) {
            String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
            String language = name.substring(FILE_PREFIX.length(), name.length() - ".txt".length());
            String source = bundle.getSymbolicName() + "/" + FOLDER + "/" + name;
            try (InputStream in = url.openStream()) {
                catalogues.put(Locale.forLanguageTag(language).getLanguage(), MessageCatalogue.read(source, in));
            } catch (IOException | IllegalArgumentException e) {
                LOG.error("Message catalogue {} cannot be read; its messages stay in English: {}", source, e.getMessage());
            }
        }
        return catalogues;
    }
}
