package io.pitstop.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.StreamResource;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountChange;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ledger.api.Hold;
import io.pitstop.ledger.api.Statement;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.RecordCard;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code /account/<id>}: the personal account card on the kit's record card.
 * Balance, reserved money, credit limit and available money are tiles at the
 * top; tabs hold the statement for a chosen period (running balance, CSV and
 * xlsx, an empty period said in words), the holds, the settings and plugin
 * tabs. Accountants also get manual top-up and adjustment, and may suspend or
 * resume the account.
 */
public class AccountCardView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient AccountsUi ui;
    private final transient Formats formats = Ui.formats();
    private Account account;

    public AccountCardView(AccountsUi ui) {
        this.ui = ui;
        setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            account = ui.accounts().get(AccountId.parse(parameter));
        } catch (NotFoundException | ValidationException e) {
            account = null;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return account == null ? AccountsUi.t("card.title") : AccountsUi.t("card.titleOf", Ui.formats().accountNumber(account.number()));
    }

    private void reload() {
        account = ui.accounts().get(account.id());
        render();
    }

    private void render() {
        removeAll();
        if (account == null) {
            setId("account-card");
            Span missing = new Span(AccountsUi.t("card.notFound"));
            missing.setId("account-not-found");
            add(missing, new RouterLink(AccountsUi.t("menu.accounts"), AccountsListView.class));
            return;
        }
        // the card carries the documented id; the view around it is only the route
        getElement().removeAttribute("id");
        RecordCard card = new RecordCard("account-card")
                .title("account-number", AccountsUi.t("card.titleOf", formats.accountNumber(account.number())))
                .badge(AccountsUi.badge("account-status", account.status()));
        Anchor owner = new Anchor(Routes.card(Routes.CONTACT, account.owner()), ui.ownerName(account.owner()));
        owner.getElement().setAttribute("router-link", true);
        owner.setId("account-owner");
        card.addComponentAtIndex(1, owner);
        if (AccountsUi.mayPost() && account.status() != AccountStatus.CLOSED) {
            card.action(actions());
        }
        money(card);
        card.tab("account-tab-statement", AccountsUi.t("tab.statement"), this::statement)
                .tab("account-tab-holds", AccountsUi.t("tab.holds"), this::holds)
                .tab("account-tab-settings", AccountsUi.t("tab.settings"), this::settings)
                .extensions(ui.extensions(), account.id().ref(), this::reload);
        card.tabs().setId("account-tabs");
        add(card);
    }

    /** Opens the posting form if this account takes postings and the user may post; true if it opened. */
    boolean openPosting(PostingDialog.Kind kind) {
        if (account == null || !AccountsUi.mayPost() || account.status() == AccountStatus.CLOSED) {
            return false;
        }
        new PostingDialog(ui, account, kind, this::reload).open();
        return true;
    }

    private Component actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.getStyle().set("flex-wrap", "wrap");
        Button topup = new Button(AccountsUi.t("posting.topup"), VaadinIcon.PLUS_CIRCLE.create(),
                e -> openPosting(PostingDialog.Kind.TOPUP));
        topup.setId("account-topup");
        topup.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button adjust = new Button(AccountsUi.t("posting.adjust"), VaadinIcon.SCALE.create(),
                e -> openPosting(PostingDialog.Kind.ADJUSTMENT));
        adjust.setId("account-adjust");
        boolean active = account.status() == AccountStatus.ACTIVE;
        Button status = new Button(AccountsUi.t(active ? "action.suspend" : "action.activate"),
                e -> changeStatus(active ? AccountStatus.SUSPENDED : AccountStatus.ACTIVE));
        status.setId(active ? "account-suspend" : "account-activate");
        actions.add(topup, adjust, status);
        return actions;
    }

    /**
     * Balance, reserved money, credit limit and available money as tiles side
     * by side: the credit limit stands beside available money because it is
     * why available can exceed the balance.
     */
    private void money(RecordCard card) {
        BookBalance b = ui.balance(account.id().value());
        tile(card, "balance", b == null ? null : b.balance());
        tile(card, "reserved", b == null ? null : b.reserved());
        tile(card, "limit", b == null ? account.creditLimit() : b.creditLimit());
        tile(card, "available", b == null ? null : b.available());
        Span formula = new Span(AccountsUi.t("money.formula"));
        formula.setId("account-money-formula");
        formula.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout notes = new HorizontalLayout(formula);
        notes.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (b != null && account.criticalBalance() != null && b.balance().compareTo(account.criticalBalance()) < 0) {
            Span critical = new Span(AccountsUi.t("card.belowCritical", formats.money(account.criticalBalance(), account.currency())));
            critical.setId("account-critical");
            critical.getStyle().set("color", "var(--lumo-error-text-color)");
            notes.add(critical);
        }
        card.addComponentAtIndex(card.indexOf(card.tabs()), notes);
    }

    private void tile(RecordCard card, String key, BigDecimal amount) {
        String id = "account-" + key;
        Div tile = card.tile(id, AccountsUi.t("money." + key), amount == null ? "—" : formats.money(amount, account.currency()));
        tile.getChildren().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().ifPresent(value -> {
            value.getElement().setAttribute("data-amount", amount == null ? "" : amount.toPlainString());
            if (amount != null && amount.signum() < 0) {
                value.getElement().getStyle().set("color", "var(--lumo-error-text-color)");
            }
        });
    }

    private Component statement() {
        ZoneId zone = ZoneId.of(account.timeZone() == null ? Ui.DEFAULT_ZONE.getId() : account.timeZone());
        LocalDate today = LocalDate.now(zone);
        DatePicker from = new DatePicker(AccountsUi.t("statement.from"), today.withDayOfMonth(1));
        from.setId("statement-from");
        DatePicker to = new DatePicker(AccountsUi.t("statement.to"), today);
        to.setId("statement-to");
        Anchor csv = new Anchor();
        csv.setId("statement-csv");
        csv.getElement().setAttribute("download", true);
        csv.add(new Button(AccountsUi.t("statement.csv"), VaadinIcon.DOWNLOAD.create()));
        Anchor xlsx = new Anchor();
        xlsx.setId("statement-xlsx");
        xlsx.getElement().setAttribute("download", true);
        xlsx.add(new Button(AccountsUi.t("statement.xlsx"), VaadinIcon.DOWNLOAD.create()));
        Span summary = new Span();
        summary.setId("statement-summary");
        Div empty = new Div();
        empty.setId("statement-empty");
        empty.addClassName("pitstop-empty");
        empty.getStyle().set("padding", "var(--lumo-space-l)").set("color", "var(--lumo-secondary-text-color)");
        empty.setVisible(false);
        Grid<Statement.Line> grid = new Grid<>();
        grid.setId("statement-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(l -> formats.dateTime(l.postedAt())).setHeader(AccountsUi.t("statement.date")).setAutoWidth(true);
        grid.addColumn(l -> AccountsUi.TEXTS.has(Ui.locale(), "type." + l.type()) ? AccountsUi.t("type." + l.type()) : l.type())
                .setHeader(AccountsUi.t("statement.type")).setAutoWidth(true);
        grid.addColumn(Statement.Line::reason).setHeader(AccountsUi.t("statement.reason")).setFlexGrow(2);
        grid.addColumn(Statement.Line::sourceDocument).setHeader(AccountsUi.t("statement.document")).setAutoWidth(true);
        grid.addColumn(l -> formats.amount(l.amount())).setHeader(AccountsUi.t("statement.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(l -> formats.amount(l.runningBalance())).setHeader(AccountsUi.t("statement.running"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        Runnable load = () -> {
            from.setInvalid(false);
            if (from.getValue() == null || to.getValue() == null || from.getValue().isAfter(to.getValue())) {
                from.setErrorMessage(AccountsUi.t("statement.period.invalid"));
                from.setInvalid(true);
                return;
            }
            try {
                Statement s = ui.ledger().statement(account.id().value(), from.getValue(), to.getValue());
                grid.setItems(s.lines());
                // an empty period is said in words: a blank grid reads as "not loaded"
                grid.setVisible(!s.lines().isEmpty());
                empty.setVisible(s.lines().isEmpty());
                empty.setText(AccountsUi.t("statement.empty", formats.date(s.from()), formats.date(s.to()),
                        formats.money(s.closing(), s.currency())));
                summary.getElement().setAttribute("data-opening", s.opening().toPlainString());
                summary.getElement().setAttribute("data-closing", s.closing().toPlainString());
                summary.getElement().setAttribute("data-lines", Integer.toString(s.lines().size()));
                summary.setText(AccountsUi.t("statement.summary", formats.money(s.opening(), s.currency()),
                        formats.money(s.credits(), s.currency()), formats.money(s.debits(), s.currency()),
                        formats.money(s.closing(), s.currency())));
                String name = "statement-" + account.number() + "-" + s.from() + "-" + s.to() + ".csv";
                byte[] bytes = StatementCsv.render(s, account.number(), Ui.locale());
                csv.setHref(new StreamResource(name, () -> new ByteArrayInputStream(bytes)));
                byte[] workbook = StatementCsv.renderXlsx(s, account.number(), Ui.locale());
                xlsx.setHref(new StreamResource(name.replace(".csv", ".xlsx"), () -> new ByteArrayInputStream(workbook)));
            } catch (PitstopException e) {
                from.setErrorMessage(Ui.message(e));
                from.setInvalid(true);
            }
        };
        // the period applies as it changes, like the journal's filters: no button to press after picking a date
        from.addValueChangeListener(e -> load.run());
        to.addValueChangeListener(e -> load.run());
        load.run();
        HorizontalLayout bar = new HorizontalLayout(from, to, csv, xlsx);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(bar, summary, grid, empty);
        box.setPadding(false);
        return box;
    }

    private Component holds() {
        Grid<Hold> grid = new Grid<>();
        grid.setId("holds-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(h -> formats.dateTime(h.createdAt())).setHeader(AccountsUi.t("hold.created")).setAutoWidth(true);
        grid.addColumn(h -> formats.money(h.amount(), h.currency())).setHeader(AccountsUi.t("hold.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(Hold::reason).setHeader(AccountsUi.t("hold.reason")).setFlexGrow(2);
        grid.addColumn(h -> AccountsUi.t("hold.status." + h.status().name())).setHeader(AccountsUi.t("hold.status")).setAutoWidth(true);
        grid.addColumn(h -> formats.dateTime(h.expiresAt())).setHeader(AccountsUi.t("hold.expires")).setAutoWidth(true);
        grid.addColumn(Hold::author).setHeader(AccountsUi.t("hold.author")).setAutoWidth(true);
        List<Hold> holds = ui.ledger().holds(account.id().value(), false);
        if (holds.isEmpty()) {
            Div empty = new Div(new Span(AccountsUi.t("holds.empty")));
            empty.setId("holds-empty");
            empty.addClassName("pitstop-empty");
            empty.getStyle().set("padding", "var(--lumo-space-l)").set("color", "var(--lumo-secondary-text-color)");
            return empty;
        }
        grid.setItems(holds);
        return grid;
    }

    private Component settings() {
        TextField creditLimit = new TextField(AccountsUi.t("settings.creditLimit"), formats.amount(account.creditLimit()), "");
        creditLimit.setId("account-credit-limit");
        TextField critical = new TextField(AccountsUi.t("settings.criticalBalance"), formats.amount(account.criticalBalance()), "");
        critical.setId("account-critical-balance");
        TextField zone = new TextField(AccountsUi.t("settings.timeZone"), account.timeZone(), "");
        zone.setId("account-time-zone");
        FormLayout form = new FormLayout(creditLimit, critical, zone);
        boolean editable = AccountsUi.mayPost() && account.status() != AccountStatus.CLOSED;
        creditLimit.setReadOnly(!editable);
        critical.setReadOnly(!editable);
        zone.setReadOnly(!editable);
        VerticalLayout box = new VerticalLayout(form);
        box.setPadding(false);
        if (editable) {
            FieldProblems problems = new FieldProblems().field("creditLimit", creditLimit)
                    .field("criticalBalance", critical).field("timeZone", zone);
            Button save = new Button(Common.TEXTS.get("common.save"));
            save.setId("account-settings-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                BigDecimal limit = amount(creditLimit);
                BigDecimal threshold = amount(critical);
                if (creditLimit.isInvalid() || critical.isInvalid()) {
                    return;
                }
                try {
                    ui.accounts().change(Ui.actor(), account.id(), new AccountChange(limit, threshold, zone.getValue().trim()));
                    Ui.notice("account.saved", Common.TEXTS.get("common.saved"));
                    reload();
                } catch (PitstopException ex) {
                    problems.show(ex).forEach(m -> Ui.problem("account.settings", m));
                }
            });
            box.add(save);
        }
        return box;
    }

    /** The field's amount, or null with the field marked when it is no number. */
    private BigDecimal amount(TextField field) {
        field.setInvalid(false);
        try {
            return formats.parseAmount(field.getValue());
        } catch (NumberFormatException e) {
            field.setErrorMessage(AccountsUi.t("settings.notANumber"));
            field.setInvalid(true);
            return null;
        }
    }

    private void changeStatus(AccountStatus target) {
        Dialog dialog = new Dialog();
        dialog.setId("account-status-dialog");
        dialog.setHeaderTitle(AccountsUi.t(target == AccountStatus.SUSPENDED ? "status.suspend.confirm" : "status.activate.confirm",
                formats.accountNumber(account.number())));
        TextField reason = new TextField(AccountsUi.t("posting.reason"));
        reason.setId("account-status-reason");
        reason.setWidthFull();
        dialog.add(reason);
        Button ok = new Button(AccountsUi.t(target == AccountStatus.SUSPENDED ? "action.suspend" : "action.activate"));
        ok.setId("account-status-dialog-ok");
        ok.addThemeVariants(target == AccountStatus.SUSPENDED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
        ok.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(AccountsUi.t("posting.reason.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                ui.accounts().setStatus(Ui.actor(), account.id(), target, reason.getValue().trim());
                dialog.close();
                reload();
            } catch (PitstopException ex) {
                reason.setErrorMessage(Ui.message(ex));
                reason.setInvalid(true);
            }
        });
        Button cancel = new Button(Common.TEXTS.get("common.cancel"), e -> dialog.close());
        cancel.setId("account-status-dialog-cancel");
        dialog.getFooter().add(cancel, ok);
        dialog.open();
    }
}
