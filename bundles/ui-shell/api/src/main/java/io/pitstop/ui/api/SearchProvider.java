package io.pitstop.ui.api;

import io.pitstop.core.api.Actor;
import java.util.List;

/**
 * One kind of record the global search finds (contacts, accounts, later
 * invoices, tickets, vehicles). The shell asks every provider the user may
 * see ({@link #requiredRoles()}) and shows the hits grouped under the
 * provider's label, groups in {@link #order()}; it knows nothing of the
 * records themselves.
 */
public interface SearchProvider extends Contribution {
    /** The record type the hits are of, e.g. {@code contact}; also the group's element id {@code search-group-<type>}. */
    String type();

    /**
     * The records matching {@code text}, best first, at most {@code limit}.
     * The text is trimmed and at least two characters long; a provider that
     * cannot read it (too short a number, say) answers an empty list.
     */
    List<SearchHit> search(String text, int limit, Actor actor);
}
