package io.pitstop.sample;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.RecordAction;
import io.pitstop.ui.api.SearchHit;
import io.pitstop.ui.api.SearchProvider;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a plugin joins the global search and puts a button on another bundle's
 * card: the sample finds its own three demo items, and adds «Пример действия»
 * to the contact card.
 */
final class SampleSearchAndAction {
    private SampleSearchAndAction() {
    }

    /** The sample's demo items; a real plugin asks its own service. */
    static final List<String> ITEMS = List.of("sample-alpha", "sample-beta", "sample-gamma");

    /** Finds the demo items whose name contains the text, opening the sample page. */
    @org.osgi.service.component.annotations.Component(service = SearchProvider.class)
    public static class Search implements SearchProvider {
        @Override
        public String type() {
            return "sample";
        }

        @Override
        public List<SearchHit> search(String text, int limit, Actor actor) {
            String q = text.toLowerCase(Locale.ROOT);
            return ITEMS.stream().filter(item -> item.contains(q)).limit(limit)
                    .map(item -> new SearchHit(item, SampleTexts.TEXTS.get("sample.search.subtitle"), "sample")).toList();
        }

        @Override
        public String labelKey() {
            return "sample.search.group";
        }

        @Override
        public Texts texts() {
            return SampleTexts.TEXTS;
        }

        /** The same roles as the page the hits open. */
        @Override
        public Set<String> requiredRoles() {
            return Set.of(Actor.ADMIN, Actor.MANAGER);
        }

        @Override
        public int order() {
            return 800;
        }
    }

    /** A button on the contact card that only says which contact it was pressed on. */
    @org.osgi.service.component.annotations.Component(service = RecordAction.class)
    public static class ContactAction implements RecordAction, SampleContributions.Sample {
        @Override
        public String recordType() {
            return ContactId.TYPE;
        }

        @Override
        public String id() {
            return "sample";
        }

        @Override
        public String labelKey() {
            return "sample.action";
        }

        @Override
        public void run(RecordRef record, Runnable refresh) {
            Ui.notice("sample.action", SampleTexts.TEXTS.get("sample.action.done", record.id().toString()));
        }
    }
}
