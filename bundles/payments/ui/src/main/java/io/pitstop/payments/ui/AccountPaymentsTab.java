package io.pitstop.payments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.payments.api.Payment;
import io.pitstop.payments.api.PaymentQuery;
import io.pitstop.payments.api.PaymentService;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.ui.api.RecordTab;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** «Платежи» on the account card: the bank payments posted to this account, newest first; a row opens the payment card. */
@org.osgi.service.component.annotations.Component(service = RecordTab.class)
public class AccountPaymentsTab implements RecordTab {
    @Reference
    private PaymentService payments;

    @Reference
    private AccountService accounts;

    @Override
    public String recordType() {
        return "account";
    }

    @Override
    public String id() {
        return "payments";
    }

    @Override
    public String labelKey() {
        return "tab.payments";
    }

    @Override
    public Texts texts() {
        return PaymentsUi.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return PaymentsUi.READ;
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public Component create(RecordRef record) {
        PaymentsUi ui = new PaymentsUi(payments, accounts);
        Grid<Payment> grid = new Grid<>();
        grid.setId("account-payments-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(p -> Ui.formats().date(p.date())).setHeader(PaymentsUi.t("payment.date")).setAutoWidth(true);
        grid.addColumn(Payment::number).setHeader(PaymentsUi.t("payment.number")).setAutoWidth(true);
        grid.addColumn(p -> Ui.formats().amount(p.amount())).setHeader(PaymentsUi.t("payment.amount")).setAutoWidth(true);
        grid.addColumn(p -> p.payer().name() == null ? "" : p.payer().name()).setHeader(PaymentsUi.t("payment.payer")).setFlexGrow(1);
        grid.addColumn(p -> p.purpose() == null ? "" : p.purpose()).setHeader(PaymentsUi.t("payment.purpose")).setFlexGrow(2);
        grid.setItems(payments.list(new PaymentQuery(null, record.id()), PageRequest.first(200)).items());
        grid.addItemClickListener(e -> new PaymentCard(ui, e.getItem().id(), () -> { }).open());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
