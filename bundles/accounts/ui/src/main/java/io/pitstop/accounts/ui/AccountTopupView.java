package io.pitstop.accounts.ui;

import com.vaadin.flow.router.BeforeEvent;

/**
 * {@code /account-topup/<id>}: the account card with its top-up form already
 * open, a link that can be sent to an accountant. The route demands the
 * posting roles, so any other role typing it is refused like any other view.
 */
public class AccountTopupView extends AccountCardView {
    public AccountTopupView(AccountsUi ui) {
        super(ui);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        super.setParameter(event, parameter);
        openPosting(PostingDialog.Kind.TOPUP);
    }
}
