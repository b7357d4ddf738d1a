package io.pitstop.ui.shell;

import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.SearchProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One search over the providers a user may see, shared by the top-bar box
 * and the all-results page: each provider's hits form a group under its
 * label, groups without hits are left out. A provider that fails is logged
 * and left out, so one broken plugin does not take the search of the others.
 */
public final class Search {
    private static final Logger LOG = LoggerFactory.getLogger(Search.class);
    /** Shorter text finds too much to be useful and costs every provider a query. */
    public static final int MIN_LENGTH = 2;

    /**
     * The hits of one provider.
     *
     * @param more true when the provider had more than were asked for
     */
    public record Group(String type, String label, List<SearchHit> hits, boolean more) {
    }

    private Search() {
    }

    /** Groups in the providers' order, each with at most {@code perGroup} hits. */
    public static List<Group> run(List<SearchProvider> providers, String text, int perGroup, Actor actor, Locale locale) {
        String q = text == null ? "" : text.strip();
        if (q.length() < MIN_LENGTH || actor == null) {
            return List.of();
        }
        List<Group> groups = new ArrayList<>();
        for (SearchProvider provider : providers) {
            if (!provider.visibleTo(actor)) {
                continue;
            }
            List<SearchHit> hits;
            try {
                // one more than shown tells whether there are more
                hits = provider.search(q, perGroup + 1, actor);
            } catch (RuntimeException e) {
                LOG.warn("Search provider {} failed for '{}'", provider.type(), q, e);
                continue;
            }
            if (hits != null && !hits.isEmpty()) {
                groups.add(new Group(provider.type(), provider.texts().get(locale, provider.labelKey()),
                        List.copyOf(hits.subList(0, Math.min(perGroup, hits.size()))), hits.size() > perGroup));
            }
        }
        return groups;
    }
}
