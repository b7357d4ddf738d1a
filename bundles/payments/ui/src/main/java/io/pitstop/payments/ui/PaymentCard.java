package io.pitstop.payments.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.accounts.api.Account;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PitstopException;
import io.pitstop.payments.api.Party;
import io.pitstop.payments.api.Payment;
import io.pitstop.payments.api.PaymentDetail;
import io.pitstop.payments.api.Suggestion;
import io.pitstop.ui.api.Ui;
import java.util.UUID;

/**
 * The payment card: the document as the bank sent it, how it was matched (or why not) in words, what looked wrong,
 * and for a queued payment the suggested accounts, an account number to assign it to, and marking it for return.
 */
final class PaymentCard extends Dialog {
    private static final long serialVersionUID = 1L;

    private final PaymentsUi ui;
    private final Runnable changed;

    PaymentCard(PaymentsUi ui, UUID id, Runnable changed) {
        this.ui = ui;
        this.changed = changed;
        setId("payment-card");
        setWidth("52rem");
        PaymentDetail d = ui.payments().get(id);
        Payment p = d.payment();
        setHeaderTitle(PaymentsUi.t("card.title", p.number(), Ui.formats().date(p.date())));
        FormLayout facts = new FormLayout();
        facts.addFormItem(value("payment-card-amount", Ui.formats().money(p.amount(), p.currency())), PaymentsUi.t("payment.amount"));
        facts.addFormItem(PaymentsUi.badge(p.status()).withId("payment-card-status"), PaymentsUi.t("payment.status"));
        facts.addFormItem(value("payment-card-payer", party(p.payer())), PaymentsUi.t("payment.payer"));
        facts.addFormItem(value("payment-card-recipient", party(p.recipient())), PaymentsUi.t("payment.recipient"));
        facts.addFormItem(value("payment-card-purpose", p.purpose() == null ? "" : p.purpose()), PaymentsUi.t("payment.purpose"));
        facts.addFormItem(value("payment-card-account", p.accountNumber() == null ? "—" : p.accountNumber()), PaymentsUi.t("payment.account"));
        Paragraph how = new Paragraph(Ui.translate(p.explanation()));
        how.setId("payment-card-explanation");
        add(facts, new H3(PaymentsUi.t("card.how")), how);
        if (!p.warnings().isEmpty()) {
            VerticalLayout warnings = new VerticalLayout();
            warnings.setId("payment-card-warnings");
            warnings.setPadding(false);
            p.warnings().forEach(w -> {
                Span s = new Span(Ui.translate(w));
                s.addClassName("payment-card-warning");
                s.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
                warnings.add(s);
            });
            add(warnings);
        }
        if (p.status().open() && PaymentsUi.canWork()) {
            add(new H3(PaymentsUi.t("card.assign")));
            VerticalLayout suggestions = new VerticalLayout();
            suggestions.setId("payment-card-suggestions");
            suggestions.setPadding(false);
            int i = 0;
            for (Suggestion s : d.suggestions()) {
                Button b = new Button(PaymentsUi.t("card.suggestion", s.accountNumber(), s.clientName() == null ? "" : s.clientName(),
                        Ui.translate(s.reason())), e -> assign(p, s.accountId()));
                b.setId("payment-card-suggestion-" + i++);
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                suggestions.add(b);
            }
            TextField number = new TextField(PaymentsUi.t("card.accountNumber"));
            number.setId("payment-card-assign-account");
            Button assign = new Button(PaymentsUi.t("card.assignButton"), e -> byNumber(p, number));
            assign.setId("payment-card-assign");
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            number.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, e -> byNumber(p, number));
            TextField reason = new TextField(PaymentsUi.t("card.returnReason"));
            reason.setId("payment-card-return-reason");
            Button back = new Button(PaymentsUi.t("card.returnButton"), e -> markForReturn(p, reason.getValue()));
            back.setId("payment-card-return");
            back.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout byHand = new HorizontalLayout(number, assign);
            byHand.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            HorizontalLayout toReturn = new HorizontalLayout(reason, back);
            toReturn.setDefaultVerticalComponentAlignment(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            add(suggestions, byHand, toReturn);
            number.focus();
        }
        getFooter().add(new Button(PaymentsUi.t("form.close"), e -> close()));
    }

    private void byNumber(Payment p, TextField number) {
        Account a;
        try {
            a = ui.accounts().byNumber(number.getValue().strip());
        } catch (NotFoundException e) {
            number.setInvalid(true);
            number.setErrorMessage(PaymentsUi.t("card.noAccount"));
            return;
        }
        assign(p, a.id().value());
    }

    private void assign(Payment p, UUID accountId) {
        try {
            Payment after = ui.payments().assign(Ui.actor(), p.id(), accountId, null);
            Ui.notice("payment.assigned", PaymentsUi.t("card.assigned", after.accountNumber()));
            changed.run();
            close();
        } catch (PitstopException ex) {
            Ui.problem("payment.refused", Ui.message(ex));
        }
    }

    private void markForReturn(Payment p, String reason) {
        try {
            ui.payments().markForReturn(Ui.actor(), p.id(), reason);
            Ui.notice("payment.returned", PaymentsUi.t("card.returned"));
            changed.run();
            close();
        } catch (PitstopException ex) {
            Ui.problem("payment.refused", Ui.message(ex));
        }
    }

    private static Span value(String id, String text) {
        Span s = new Span(text);
        s.setId(id);
        return s;
    }

    private static String party(Party p) {
        StringBuilder b = new StringBuilder();
        if (p.name() != null) {
            b.append(p.name());
        }
        if (p.inn() != null) {
            b.append(b.length() > 0 ? " · " : "").append(PaymentsUi.t("party.inn", p.inn()));
        }
        if (p.account() != null) {
            b.append(b.length() > 0 ? " · " : "").append(PaymentsUi.t("party.account", p.account()));
        }
        if (p.bic() != null) {
            b.append(" · ").append(PaymentsUi.t("party.bic", p.bic()));
        }
        return b.toString();
    }
}
