package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.RecordRef;

/**
 * A tab a bundle adds to the card of one record type ({@code contact},
 * {@code account}, {@code task}, or a plugin's own type), so that a plugin can
 * extend any card, another plugin's included, without the card's bundle
 * knowing it.
 */
public interface RecordTab extends Contribution {
    /** The {@link RecordRef#type()} of the cards that show this tab. */
    String recordType();

    /** Stable id, used for the tab's element id {@code <recordType>-tab-<id>}. */
    String id();

    /** The tab's content for one record; built when the tab is first opened. */
    Component create(RecordRef record);
}
