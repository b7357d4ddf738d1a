package io.pitstop.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.pitstop.accounts.api.Account;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A manual top-up (from the bank book) or adjustment (against the
 * adjustments book) for accountants. It asks for an amount and a reason,
 * then for an explicit confirmation, and posts through the ledger with one
 * idempotency key per dialog: a double click, or a retry after a lost
 * answer, posts once.
 */
final class PostingDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** What the dialog posts. */
    enum Kind { TOPUP, ADJUSTMENT }

    private final String idempotencyKey = UUID.randomUUID().toString();
    private final transient AccountsUi ui;
    private final Account account;
    private final Kind kind;
    private final transient Runnable onPosted;
    private final TextField amount = new TextField(AccountsUi.t("posting.amount"));
    private final Select<Boolean> direction = new Select<>();
    private final TextField reason = new TextField(AccountsUi.t("posting.reason"));
    private final TextField document = new TextField(AccountsUi.t("posting.document"));
    private final Checkbox confirm = new Checkbox();
    private final Span error = new Span();
    private final Button submit = new Button();
    private final transient FieldProblems problems = new FieldProblems();

    PostingDialog(AccountsUi ui, Account account, Kind kind, Runnable onPosted) {
        this.ui = ui;
        this.account = account;
        this.kind = kind;
        this.onPosted = onPosted;
        setId("posting-dialog");
        setHeaderTitle(AccountsUi.t(kind == Kind.TOPUP ? "posting.topup.title" : "posting.adjust.title", account.number()));
        amount.setId("posting-amount");
        amount.setSuffixComponent(new Span(account.currency()));
        amount.setWidthFull();
        amount.setPlaceholder(Ui.formats().amount(new BigDecimal("1500.00")));
        direction.setId("posting-direction");
        direction.setLabel(AccountsUi.t("posting.direction"));
        direction.setItems(Boolean.TRUE, Boolean.FALSE);
        direction.setItemLabelGenerator(credit -> AccountsUi.t(credit ? "posting.credit" : "posting.debit"));
        direction.setValue(Boolean.TRUE);
        direction.setVisible(kind == Kind.ADJUSTMENT);
        reason.setId("posting-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        document.setId("posting-document");
        document.setWidthFull();
        confirm.setId("posting-confirm");
        confirm.setLabel(AccountsUi.t("posting.confirm"));
        error.setId("posting-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        problems.field("amount", amount).field("reason", reason).field("sourceDocument", document);
        FormLayout form = new FormLayout(amount, direction, reason, document);
        form.setColspan(reason, 2);
        add(form, confirm, error);
        submit.setText(AccountsUi.t(kind == Kind.TOPUP ? "posting.topup" : "posting.adjust"));
        submit.setId("posting-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the button stays disabled while the request runs, so a double click cannot send twice
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> post());
        Button cancel = new Button(Common.TEXTS.get("common.cancel"), e -> close());
        cancel.setId("posting-cancel");
        getFooter().add(cancel, submit);
    }

    private void post() {
        problems.clear();
        error.setText("");
        try {
            BigDecimal value = checkInput();
            if (value == null) {
                return;
            }
            BigDecimal signed = Boolean.FALSE.equals(direction.getValue()) ? value.negate() : value;
            HouseBook counter = kind == Kind.TOPUP ? HouseBook.BANK : HouseBook.ADJUSTMENTS;
            String memo = reason.getValue().trim();
            PostingRequest request = new PostingRequest(idempotencyKey,
                    kind == Kind.TOPUP ? TransactionType.TOPUP : TransactionType.ADJUSTMENT, memo,
                    document.getValue().trim(),
                    List.of(new PostingLine(account.id().value(), signed, account.currency(), memo),
                            new PostingLine(counter.bookId(), signed.negate(), account.currency(), memo)),
                    false);
            LedgerTransaction posted = ui.ledger().post(Ui.actor(), request);
            close();
            Ui.notice("posting.done", AccountsUi.t(posted.replayed() ? "posting.replayed" : "posting.done",
                    Ui.formats().money(signed, account.currency())));
            onPosted.run();
        } catch (PitstopException e) {
            error.setText(String.join("; ", problems.show(e)));
        } finally {
            submit.setEnabled(true);
        }
    }

    /** The amount when everything needed is there, else null with the fields marked. */
    private BigDecimal checkInput() {
        boolean ok = true;
        BigDecimal value;
        try {
            value = Ui.formats().parseAmount(amount.getValue());
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() <= 0) {
            amount.setErrorMessage(AccountsUi.t("posting.amount.positive"));
            amount.setInvalid(true);
            ok = false;
        } else {
            try {
                value = Money.of(value, account.currency()).amount();
            } catch (ValidationException e) {
                amount.setErrorMessage(AccountsUi.t("posting.amount.scale"));
                amount.setInvalid(true);
                ok = false;
            }
        }
        if (reason.getValue().isBlank()) {
            reason.setErrorMessage(AccountsUi.t("posting.reason.required"));
            reason.setInvalid(true);
            ok = false;
        }
        // the ledger records the source document of every transaction
        if (document.getValue().isBlank()) {
            document.setErrorMessage(AccountsUi.t("posting.document.required"));
            document.setInvalid(true);
            ok = false;
        }
        if (!confirm.getValue()) {
            confirm.getElement().setAttribute("invalid", true);
            error.setText(AccountsUi.t("posting.confirm.required"));
            ok = false;
        }
        return ok ? value : null;
    }
}
