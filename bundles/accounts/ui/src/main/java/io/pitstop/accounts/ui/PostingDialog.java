package io.pitstop.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.pitstop.accounts.api.Account;
import io.pitstop.core.api.Money;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.PostingLine;
import io.pitstop.ledger.api.PostingRequest;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ConfirmDialog;
import io.pitstop.ui.api.kit.FormSupport;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A manual top-up (from the bank book) or adjustment (against the
 * adjustments book) for accountants. It asks for an amount, a reason and a
 * document, then shows what will be posted (account, owner, amount, balance
 * and available money before and after) and posts only when that summary is
 * confirmed, through the ledger with one idempotency key per dialog: a double
 * click, or a retry after a lost answer, posts once. A field's error goes as
 * soon as the field is corrected; the ledger's refusal is shown on the field
 * it names (a lack of funds on the amount).
 */
final class PostingDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    /** The ledger's refusal of a posting that would take the account below its credit limit. */
    private static final String INSUFFICIENT_FUNDS = "insufficient-funds";

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
    private final Span error = new Span();
    private final Button submit = new Button();
    private final transient FormSupport problems = new FormSupport();

    PostingDialog(AccountsUi ui, Account account, Kind kind, Runnable onPosted) {
        this.ui = ui;
        this.account = account;
        this.kind = kind;
        this.onPosted = onPosted;
        setId("posting-dialog");
        setHeaderTitle(AccountsUi.t(kind == Kind.TOPUP ? "posting.topup.title" : "posting.adjust.title", Ui.formats().accountNumber(account.number())));
        amount.setId("posting-amount");
        amount.setSuffixComponent(new Span(account.currency()));
        amount.setWidthFull();
        // an example in the field itself reads as a value already entered, so it goes below the field
        amount.setHelperText(AccountsUi.t("posting.amount.hint", Ui.formats().amount(new BigDecimal("1500.00"))));
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
        for (TextField field : List.of(amount, reason, document)) {
            // lazy, so a corrected field loses its mark while the user is still typing
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> error.setText(""));
        }
        error.setId("posting-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        // each rule on leaving its field, like every form of the kit; the ledger names the amount as a line of the posting
        problems.field("lines", amount, this::amountOf)
                .field("reason", reason, v -> required(v, "posting.reason.required"))
                // the ledger records the source document of every transaction
                .field("sourceDocument", document, v -> required(v, "posting.document.required"));
        FormLayout form = new FormLayout(amount, direction, reason, document);
        form.setColspan(reason, 2);
        add(form, error);
        submit.setText(AccountsUi.t(kind == Kind.TOPUP ? "posting.topup" : "posting.adjust"));
        submit.setId("posting-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the button stays disabled while the request runs, so a double click cannot send twice
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> review());
        Button cancel = new Button(Common.TEXTS.get("common.cancel"), e -> close());
        cancel.setId("posting-cancel");
        getFooter().add(cancel, submit);
    }

    /** Checks the form and, when it is complete, shows what will be posted. */
    private void review() {
        error.setText("");
        try {
            BigDecimal value = checkInput();
            if (value != null) {
                BigDecimal signed = Boolean.FALSE.equals(direction.getValue()) ? value.negate() : value;
                summary(signed);
            }
        } finally {
            submit.setEnabled(true);
        }
    }

    /** The summary of the posting; it is posted only when the summary is confirmed. */
    private void summary(BigDecimal signed) {
        BookBalance before = ui.balance(account.id().value());
        PostingPreview preview = before == null ? null : PostingPreview.of(before, signed);
        Formats f = Ui.formats();
        String currency = account.currency();
        String unknown = AccountsUi.t("posting.summary.unknown");
        String operation = kind == Kind.TOPUP ? "posting.operation.topup"
                : signed.signum() > 0 ? "posting.operation.credit" : "posting.operation.debit";
        ConfirmDialog summary = new ConfirmDialog("posting-summary", AccountsUi.t("posting.summary.title", f.accountNumber(account.number())))
                .row("account", AccountsUi.t("posting.summary.account"), f.accountNumber(account.number()))
                .row("owner", AccountsUi.t("posting.summary.owner"), ui.ownerName(account.owner()))
                .row("operation", AccountsUi.t("posting.summary.operation"), AccountsUi.t(operation))
                .row("amount", AccountsUi.t("posting.summary.amount"), f.money(signed, currency))
                .change("balance", AccountsUi.t("posting.summary.balance"),
                        preview == null ? unknown : f.money(preview.balanceBefore(), currency),
                        preview == null ? unknown : f.money(preview.balanceAfter(), currency))
                .change("available", AccountsUi.t("posting.summary.available"),
                        preview == null ? unknown : f.money(preview.availableBefore(), currency),
                        preview == null ? unknown : f.money(preview.availableAfter(), currency))
                .row("document", AccountsUi.t("posting.summary.document"), document.getValue().trim())
                .row("reason", AccountsUi.t("posting.summary.reason"), reason.getValue().trim());
        if (preview != null && preview.overdraws()) {
            summary.text(AccountsUi.t("posting.summary.overdraft", f.money(preview.availableAfter(), currency)));
        }
        summary.onConfirm(AccountsUi.t("posting.summary.ok"), signed.signum() < 0, () -> post(signed));
        summary.open();
    }

    private void post(BigDecimal signed) {
        problems.clear();
        error.setText("");
        HouseBook counter = kind == Kind.TOPUP ? HouseBook.BANK : HouseBook.ADJUSTMENTS;
        String memo = reason.getValue().trim();
        PostingRequest request = new PostingRequest(idempotencyKey,
                kind == Kind.TOPUP ? TransactionType.TOPUP : TransactionType.ADJUSTMENT, memo,
                document.getValue().trim(),
                List.of(new PostingLine(account.id().value(), signed, account.currency(), memo),
                        new PostingLine(counter.bookId(), signed.negate(), account.currency(), memo)),
                false);
        try {
            LedgerTransaction posted = ui.ledger().post(Ui.actor(), request);
            close();
            Ui.notice("posting.done", AccountsUi.t(posted.replayed() ? "posting.replayed" : "posting.done",
                    Ui.formats().money(signed, account.currency())));
            onPosted.run();
        } catch (PitstopException e) {
            List<String> unplaced = problems.show(e);
            if (INSUFFICIENT_FUNDS.equals(e.type())) {
                // the refusal is about the amount: it goes where the amount is typed
                amount.setErrorMessage(String.join("; ", unplaced));
                amount.setInvalid(true);
            } else {
                error.setText(String.join("; ", unplaced));
            }
        }
    }

    /** The amount when everything needed is there, else null with the fields marked. */
    private BigDecimal checkInput() {
        return problems.check() ? amountOf(amount.getValue()) : null;
    }

    /** The amount as the account's currency takes it; refused on the amount field otherwise. */
    private BigDecimal amountOf(String text) {
        BigDecimal value;
        try {
            value = Ui.formats().parseAmount(text);
        } catch (NumberFormatException e) {
            value = null;
        }
        if (value == null || value.signum() <= 0) {
            throw ValidationException.field("lines", AccountsUi.t("posting.amount.positive"));
        }
        try {
            return Money.of(value, account.currency()).amount();
        } catch (ValidationException e) {
            throw ValidationException.field("lines", AccountsUi.t("posting.amount.scale"));
        }
    }

    private static void required(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw ValidationException.field("value", AccountsUi.t(messageKey));
        }
    }
}
