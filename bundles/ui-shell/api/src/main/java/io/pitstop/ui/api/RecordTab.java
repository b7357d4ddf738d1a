package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.RecordRef;
import java.util.Set;

/**
 * A tab a bundle adds to the card of one record type ({@code contact},
 * {@code account}, {@code task}, or a plugin's own type), so that a plugin can
 * extend any card, another plugin's included, without the card's bundle
 * knowing it.
 */
public interface RecordTab extends Contribution {
    /**
     * The {@link RecordRef#type()} of the cards that show this tab. A contribution for several types overrides
     * {@link #recordTypes()} instead; one that overrides neither fails when a card asks.
     */
    default String recordType() {
        throw new IllegalStateException(getClass().getName() + " names no record type: override recordType() or recordTypes()");
    }

    /**
     * Every record type whose cards show this tab: one service serves the cards of contacts, accounts and
     * tasks alike, instead of a component class per type.
     */
    default Set<String> recordTypes() {
        return Set.of(recordType());
    }

    /** Stable id, used for the tab's element id {@code <recordType>-tab-<id>}. */
    String id();

    /** The tab's content for one record; built when the tab is first opened. */
    Component create(RecordRef record);
}
