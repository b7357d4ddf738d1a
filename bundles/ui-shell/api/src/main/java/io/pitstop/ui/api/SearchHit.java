package io.pitstop.ui.api;

/**
 * One result of a {@link SearchProvider}: what the list shows and where it
 * leads.
 *
 * @param title    the record's name, e.g. the contact's name or an account number
 * @param subtitle a detail that tells similar titles apart (INN, phone, owner); may be empty
 * @param route    the path that opens the record, e.g. {@code contact/<id>} (see {@link Routes#card})
 */
public record SearchHit(String title, String subtitle, String route) {
    public SearchHit {
        if (title == null || route == null) {
            throw new IllegalArgumentException("A search hit needs a title and a route");
        }
        subtitle = subtitle == null ? "" : subtitle;
    }
}
