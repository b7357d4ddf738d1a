package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;
import io.pitstop.contacts.api.ContactId;

/** A tab a bundle adds to the contact card (e.g. a plugin's subscriptions of the contact). */
public interface ContactTab extends Contribution {
    /** Stable id, used for the tab's element id {@code contact-tab-<id>}. */
    String id();

    /** The tab's content for one contact; built when the tab is first opened. */
    Component create(ContactId contact);
}
