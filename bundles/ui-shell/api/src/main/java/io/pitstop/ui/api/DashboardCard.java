package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;

/** A card a bundle adds to the dashboard; the label is its title. */
public interface DashboardCard extends Contribution {
    /** Stable id, used for the card's element id {@code dashboard-card-<id>}. */
    String id();

    /** The card's body, built each time the dashboard is shown. */
    Component create();

    /** The dashboard area the card belongs to; see {@link DashboardArea}. */
    default String area() {
        return DashboardArea.OTHER;
    }

    /** True for a card that spans the dashboard's width (a task list, a timeline) instead of sitting beside others. */
    default boolean wide() {
        return false;
    }
}
