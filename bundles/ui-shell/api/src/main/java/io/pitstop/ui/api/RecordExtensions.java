package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.tabs.TabSheet;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordRef;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The tabs and header actions other bundles contribute to one record's card.
 * A card bundle tracks {@link RecordTab} and {@link RecordAction} services
 * (DS, dynamic, multiple), hands them over as suppliers, and the card adds the
 * ones for its record type that the signed-in user may see.
 */
public record RecordExtensions(Supplier<List<RecordTab>> tabs, Supplier<List<RecordAction>> actions) {
    /** No contributions; for cards and tests that take none. */
    public static final RecordExtensions NONE = new RecordExtensions(List::of, List::of);

    /** Adds the contributed tabs for {@code record}'s type, each built when first opened. */
    public void addTabs(TabSheet sheet, RecordRef record) {
        Locale locale = Ui.locale();
        for (RecordTab tab : visible(tabs.get(), record.type(), RecordTab::recordTypes, RecordTab::id)) {
            Common.lazyTab(sheet, record.type() + "-tab-" + tab.id(), tab.texts().get(locale, tab.labelKey()),
                    () -> tab.create(record));
        }
    }

    /** Buttons for the contributed actions for {@code record}'s type, in their order. */
    public List<Component> actionButtons(RecordRef record, Runnable refresh) {
        Locale locale = Ui.locale();
        return visible(actions.get(), record.type(), RecordAction::recordTypes, RecordAction::id).stream()
                .map(action -> {
                    Button button = new Button(action.texts().get(locale, action.labelKey()),
                            e -> action.run(record, refresh));
                    button.setId(record.type() + "-action-" + action.id());
                    return (Component) button;
                }).toList();
    }

    private static <C extends Contribution> List<C> visible(List<C> all, String type,
            java.util.function.Function<C, java.util.Set<String>> typesOf, java.util.function.Function<C, String> idOf) {
        Actor actor = Ui.actor();
        return all.stream().filter(c -> typesOf.apply(c).contains(type) && c.visibleTo(actor))
                .sorted(Comparator.<C>comparingInt(Contribution::order).thenComparing(idOf))
                .toList();
    }
}
