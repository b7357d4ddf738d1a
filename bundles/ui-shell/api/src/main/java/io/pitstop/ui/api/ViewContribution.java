package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;

/**
 * A view that a bundle adds to the staff UI. The shell registers
 * {@link #viewClass()} at {@link #route()} inside its main layout while the
 * service is registered, shows it in the side menu to the roles that may see
 * it, and builds each instance with {@link #createView()} so that the view
 * gets the services its contributing component holds. A route typed by hand
 * is refused to other roles the same way the menu hides it.
 * <p>
 * A view that takes a URL parameter (a contact card, say) implements
 * Vaadin's {@code HasUrlParameter} and usually returns false from
 * {@link #inMenu()}.
 */
public interface ViewContribution extends Contribution {
    /** Route path without a leading slash, e.g. {@code contacts}; unique across contributions. */
    String route();

    /** The view's class; one class per route. */
    Class<? extends Component> viewClass();

    /** A new view instance; called on every navigation to the route. */
    Component createView();

    /** Name of a {@code com.vaadin.flow.component.icon.VaadinIcon} constant, e.g. {@code USERS}. */
    default String icon() {
        return "CIRCLE_THIN";
    }

    /** False for views reached only through links, such as a record card. */
    default boolean inMenu() {
        return true;
    }
}
