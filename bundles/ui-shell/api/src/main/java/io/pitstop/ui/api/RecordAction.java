package io.pitstop.ui.api;

import io.pitstop.core.api.RecordRef;

/**
 * A button a bundle adds to the header of the card of one record type. The
 * card shows it to the roles that may see it; what it does (open a dialog,
 * create a task, navigate) is the contributor's.
 */
public interface RecordAction extends Contribution {
    /** The {@link RecordRef#type()} of the cards that show this action. */
    String recordType();

    /** Stable id, used for the button's element id {@code <recordType>-action-<id>}. */
    String id();

    /**
     * Runs the action for one record.
     *
     * @param refresh redraws the card; call it after changing the record
     */
    void run(RecordRef record, Runnable refresh);
}
