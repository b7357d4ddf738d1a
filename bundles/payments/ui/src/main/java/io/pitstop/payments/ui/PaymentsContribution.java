package io.pitstop.payments.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** The payments list at {@code /payments}, registered while the plugin's service runs. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public class PaymentsContribution implements ViewContribution {
    @Reference
    private PaymentService payments;

    @Reference
    private AccountService accounts;

    @Override
    public String route() {
        return PaymentsUi.ROUTE;
    }

    @Override
    public Class<? extends Component> viewClass() {
        return PaymentsView.class;
    }

    @Override
    public Component createView() {
        return new PaymentsView(new PaymentsUi(payments, accounts));
    }

    @Override
    public String labelKey() {
        return "menu.payments";
    }

    @Override
    public String icon() {
        return "MONEY_DEPOSIT";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Texts texts() {
        return PaymentsUi.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return PaymentsUi.READ;
    }
}
