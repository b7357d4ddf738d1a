package io.pitstop.ui.api;

import io.pitstop.core.api.RecordRef;
import java.util.Set;

/**
 * A button a bundle adds to the header of the card of one record type. The
 * card shows it to the roles that may see it; what it does (open a dialog,
 * create a task, navigate) is the contributor's.
 */
public interface RecordAction extends Contribution {
    /**
     * The {@link RecordRef#type()} of the cards that show this action. A contribution for several types overrides
     * {@link #recordTypes()} instead; one that overrides neither fails when a card asks.
     */
    default String recordType() {
        throw new IllegalStateException(getClass().getName() + " names no record type: override recordType() or recordTypes()");
    }

    /**
     * Every record type whose cards show this action: one service serves the cards of contacts, accounts and
     * tasks alike, instead of a component class per type.
     */
    default Set<String> recordTypes() {
        return Set.of(recordType());
    }

    /** Stable id, used for the button's element id {@code <recordType>-action-<id>}. */
    String id();

    /**
     * Runs the action for one record.
     *
     * @param refresh redraws the card; call it after changing the record
     */
    void run(RecordRef record, Runnable refresh);
}
