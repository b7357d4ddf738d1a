package io.pitstop.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineEntry;
import io.pitstop.timeline.api.TimelineKinds;
import io.pitstop.timeline.api.TimelineQuery;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import java.util.List;

/**
 * A record's timeline, newest first, a page at a time, filtered by kind. Ids: {@code timeline-panel},
 * {@code timeline-kind}, {@code timeline-list} (entries have class {@code timeline-entry} and {@code data-kind}),
 * {@code timeline-more}, {@code timeline-empty}.
 */
final class TimelinePanel extends VerticalLayout {
    static final int PAGE = 20;
    /** The filter's choices: everything, or one family of kinds ({@code ""} is everything). */
    static final List<String> FILTERS = List.of("", "contact.*", "account.*", "ledger.*", "task.*", "comment.*", TimelineKinds.FILE + ".*");

    private final Timeline timeline;
    private final TimelineQuery base;
    private final Div list = new Div();
    private final Button more = new Button(TimelineTexts.t("timeline.more"));
    private final Select<String> kind = new Select<>();
    private int loaded;

    TimelinePanel(Timeline timeline, TimelineQuery base, boolean filter) {
        this.timeline = timeline;
        this.base = base;
        setId("timeline-panel");
        setPadding(false);
        kind.setId("timeline-kind");
        kind.setLabel(TimelineTexts.t("timeline.kind"));
        kind.setItems(FILTERS);
        kind.setItemLabelGenerator(k -> TimelineTexts.t(k.isEmpty() ? "kind.all" : "kind." + k));
        kind.setValue("");
        kind.addValueChangeListener(e -> reload());
        list.setId("timeline-list");
        more.setId("timeline-more");
        more.addClickListener(e -> load());
        if (filter) {
            add(kind);
        }
        add(list, more);
        reload();
    }

    private void reload() {
        list.removeAll();
        loaded = 0;
        load();
    }

    private void load() {
        String k = kind.getValue() == null || kind.getValue().isEmpty() ? base.kind() : kind.getValue();
        Page<TimelineEntry> page = timeline.find(new TimelineQuery(base.record(), k, base.actor(), base.anyOf()), new PageRequest(loaded, PAGE, List.of()));
        Formats f = Ui.formats();
        page.items().forEach(e -> list.add(entry(e, f)));
        loaded += page.items().size();
        more.setVisible(loaded < page.total());
        if (loaded == 0) {
            Span empty = new Span(TimelineTexts.t("timeline.empty"));
            empty.setId("timeline-empty");
            list.add(empty);
        }
    }

    private static Div entry(TimelineEntry e, Formats f) {
        Div row = new Div();
        row.addClassName("timeline-entry");
        row.getElement().setAttribute("data-kind", e.kind());
        Span when = new Span(f.dateTime(e.occurredAt()));
        when.addClassName("timeline-time");
        Span who = new Span(e.actor() == null ? "" : " · " + e.actor() + " · ");
        who.addClassName("timeline-actor");
        // amounts were recorded plain (+700.00 RUB) so that every language can write them its own way on reading
        Span what = new Span(f.amountsIn(e.text(Ui.locale())));
        what.addClassName("timeline-text");
        row.add(when, who, what);
        row.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return row;
    }

    /** The panel of one record's card. */
    static TimelinePanel of(Timeline timeline, RecordRef record) {
        return new TimelinePanel(timeline, TimelineQuery.of(record), true);
    }
}
