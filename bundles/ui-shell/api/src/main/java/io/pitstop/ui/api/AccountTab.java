package io.pitstop.ui.api;

import com.vaadin.flow.component.Component;
import io.pitstop.accounts.api.AccountId;

/** A tab a bundle adds to the personal account card (e.g. a plugin's invoices of the account). */
public interface AccountTab extends Contribution {
    /** Stable id, used for the tab's element id {@code account-tab-<id>}. */
    String id();

    /** The tab's content for one account; built when the tab is first opened. */
    Component create(AccountId account);
}
