package io.pitstop.ui.api;

import io.pitstop.core.api.Actor;
import java.util.List;

/**
 * A number on the dashboard that opens the list behind it: active contacts
 * ({@code contacts}), suspended accounts ({@code accounts?status=SUSPENDED}),
 * postings today ({@code ledger?from=2026-12-07}). The list reads the same
 * query parameters, so the link shows exactly what was counted. The value is
 * read each time the dashboard is shown and again when one of
 * {@link #topics()} is published.
 */
public interface DashboardCounter extends Contribution {
    /** Stable id: the box is {@code counter-<id>}, its number {@code counter-<id>-value}. */
    String id();

    /** The dashboard area the counter belongs to; see {@link DashboardArea}. */
    default String area() {
        return DashboardArea.OTHER;
    }

    /** The current value for the actor. */
    Value value(Actor actor);

    /** The route with query parameters of the list that shows what was counted, e.g. {@code accounts?status=SUSPENDED}. */
    String link();

    /** Event Admin topics (the domains' {@code *Events} constants, wildcards allowed) after which the value may differ. */
    default List<String> topics() {
        return List.of();
    }

    /**
     * A count, or a lower bound when counting stopped short ({@code partial},
     * shown with a "+").
     */
    record Value(long count, boolean partial) {
        public static Value of(long count) {
            return new Value(count, false);
        }
    }
}
