package io.pitstop.contacts.api;

/**
 * A bundle whose records point at contacts (accounts, tasks, files, a
 * plugin's invoices). Registered as a service, it takes part in merging two
 * contacts: the preview asks how many of its records would move, the merge
 * moves them inside the merge's own transaction, so that either everything
 * points at the contact kept or nothing changed.
 */
public interface ContactMergeParticipant {
    /** What moves, as a key of the participant's texts and the preview's row, e.g. {@code accounts}. */
    String kind();

    /** How many of the participant's records point at {@code duplicate}. */
    int count(ContactId duplicate);

    /**
     * Re-points every record that points at {@code duplicate} to {@code kept}; runs in the caller's
     * transaction and must not commit. Returns how many moved.
     */
    int move(ContactId duplicate, ContactId kept);
}
