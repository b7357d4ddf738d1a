package io.pitstop.ledger.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.Entry;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerTransaction;
import io.pitstop.ledger.api.TransactionType;
import io.pitstop.ledger.api.VerifyResult;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ListView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code /ledger}: the journal, newest first, one page at a time, filtered
 * by period (business dates in Moscow time), account (number or house book
 * code), transaction type and author. A row opens its entries. Admins can
 * run the tamper check over the whole journal. Opens from a date given as
 * {@code ?from=2026-12-07} (the dashboard's postings-today counter links so).
 */
public class JournalView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** Query parameter: the first business date shown, ISO. */
    static final String FROM = "from";
    /** Marks a filter that names no book: nothing can match it. */
    private static final UUID NO_BOOK = new UUID(0, 0);

    private final transient Ledger ledger;
    private final transient Supplier<Optional<AccountService>> accounts;
    private final transient Supplier<Optional<ContactService>> contacts;
    /** Book labels of the rows shown; emptied whenever the filter changes, so a renamed owner shows on the next search. */
    private final transient Map<UUID, String> labels = new HashMap<>();
    private final transient Formats formats = Ui.formats();
    private final DatePicker from = new DatePicker(t("filter.from"));
    private final DatePicker to = new DatePicker(t("filter.to"));
    private final TextField account = new TextField(t("filter.account"));
    private final ComboBox<String> type = new ComboBox<>(t("filter.type"));
    private final TextField author = new TextField(t("filter.author"));
    private JournalQuery query;
    private List<Object> queryOf;
    private final Button verify = new Button(t("verify"), VaadinIcon.SHIELD.create(), e -> verify());

    static String t(String key, Object... args) {
        return LedgerContribution.TEXTS.get(key, args);
    }

    public JournalView(Ledger ledger, Supplier<Optional<AccountService>> accounts,
            Supplier<Optional<ContactService>> contacts) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.contacts = contacts;
        setId("ledger-view");
        setSizeFull();
        from.setId("journal-from");
        to.setId("journal-to");
        account.setId("journal-account");
        account.setPlaceholder(t("filter.account.hint"));
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.setClearButtonVisible(true);
        type.setId("journal-type");
        type.setItems(TransactionType.TOPUP, TransactionType.CHARGE, TransactionType.REFUND, TransactionType.TRANSFER,
                TransactionType.ADJUSTMENT, TransactionType.REVERSAL, TransactionType.HOLD_CAPTURE);
        type.setItemLabelGenerator(JournalView::typeLabel);
        type.setAllowCustomValue(true);
        type.addCustomValueSetListener(e -> type.setValue(e.getDetail()));
        type.setClearButtonVisible(true);
        author.setId("journal-author");
        author.setValueChangeMode(ValueChangeMode.LAZY);

        ListView<LedgerTransaction> list = new ListView<>("journal");
        list.filter("from", from, d -> d == null ? "" : d.toString(), JournalView::date)
                .filter("to", to, d -> d == null ? "" : d.toString(), JournalView::date)
                .textFilter("account", account).textFilter("type", type).textFilter("author", author);
        list.column("postedAt", t("column.postedAt"), tx -> formats.dateTime(tx.postedAt())).narrow();
        list.column("type", t("column.type"), tx -> typeLabel(tx.type())).narrow();
        list.column("account", t("column.account"), tx -> bookName(Parties.of(tx).account())).wide();
        list.column("counterparty", t("column.counterparty"),
                tx -> Parties.of(tx).counterparties().stream().map(this::bookName).collect(Collectors.joining(", "))).narrow();
        list.column("reason", t("column.reason"), LedgerTransaction::reason).wide();
        list.column("document", t("column.document"), LedgerTransaction::sourceDocument).narrow();
        list.column("author", t("column.author"), LedgerTransaction::author).narrow();
        list.column("amount", t("column.amount"), tx -> formats.amount(turnover(tx))).number(JournalView::turnover).narrow();
        list.column("note", t("column.note"),
                tx -> tx.reverses() != null ? t("column.reversal") : tx.reversedBy() != null ? t("column.reversed") : "").narrow();
        list.items(List.of(), null, page -> query() == null ? List.of() : ledger.journal(query(), page).items(),
                () -> query() == null ? 0 : ledger.journal(query(), PageRequest.first(1)).total());
        list.emptyState(t("empty"), null, null);
        list.tools(t("exportName"));
        list.onOpen(this::details);

        HorizontalLayout header = new HorizontalLayout(new H2(t("menu.ledger")));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (Ui.hasAnyRole(Actor.ADMIN)) {
            verify.setId("ledger-verify");
            verify.setDisableOnClick(true);
            header.add(verify);
        }
        add(header, list);
        setFlexGrow(1, list);
    }

    /** The period start named in the link that opened the journal. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        new ListParams(event.getLocation().getQueryParameters().getParameters()).date(FROM).ifPresent(from::setValue);
    }

    @Override
    public String getPageTitle() {
        return t("menu.ledger");
    }

    static String typeLabel(String type) {
        return type == null ? "" : LedgerContribution.TEXTS.has(Ui.locale(), "type." + type) ? t("type." + type) : type;
    }

    /** The transaction's size: the sum of its credits. */
    static BigDecimal turnover(LedgerTransaction tx) {
        return tx.entries().stream().map(Entry::amount).filter(a -> a.signum() > 0).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    /**
     * The journal query of the filters as they are, or null for a period that
     * ends before it starts (marked on the field). Built once per filter
     * change, when the book labels of the rows shown are dropped too, so a
     * renamed owner shows on the next search.
     */
    private JournalQuery query() {
        List<Object> of = java.util.Arrays.asList(from.getValue(), to.getValue(), account.getValue(), type.getValue(),
                author.getValue());
        if (of.equals(queryOf)) {
            return query;
        }
        queryOf = of;
        labels.clear();
        account.setInvalid(false);
        from.setInvalid(false);
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            from.setErrorMessage(t("filter.period.invalid"));
            from.setInvalid(true);
            query = null;
            return null;
        }
        UUID book = book(account.getValue());
        if (book == NO_BOOK) {
            account.setErrorMessage(t("filter.account.unknown"));
            account.setInvalid(true);
        }
        String who = author.getValue() == null || author.getValue().isBlank() ? null : author.getValue().trim();
        String kind = type.getValue() == null || type.getValue().isBlank() ? null : type.getValue().trim();
        query = new JournalQuery(book, start(from.getValue()), start(to.getValue() == null ? null : to.getValue().plusDays(1)),
                kind, who);
        return query;
    }

    private Instant start(LocalDate date) {
        return date == null ? null : date.atStartOfDay(formats.zone()).toInstant();
    }

    /** An account number, a house book code (bank, revenue, ...) or a book id; {@link #NO_BOOK} when none matches. */
    private UUID book(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String v = text.trim();
        HouseBook house = HouseBook.byCode(v.toLowerCase(java.util.Locale.ROOT));
        if (house != null) {
            return house.bookId();
        }
        Optional<AccountService> service = accounts.get();
        if (service.isPresent()) {
            try {
                return service.get().byNumber(v).id().value();
            } catch (NotFoundException e) {
                // maybe a raw book id
            }
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            return NO_BOOK;
        }
    }

    private void details(LedgerTransaction tx) {
        Dialog d = new Dialog();
        d.setId("journal-transaction");
        d.setHeaderTitle(t("details.title", typeLabel(tx.type()), formats.dateTime(tx.postedAt())));
        Grid<Entry> entries = new Grid<>();
        entries.setId("journal-entries");
        entries.setAllRowsVisible(true);
        entries.addThemeVariants(GridVariant.LUMO_COMPACT);
        entries.addColumn(e -> bookName(e.book())).setHeader(t("details.book")).setAutoWidth(true);
        entries.addColumn(e -> formats.money(e.amount(), e.currency())).setHeader(t("details.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        entries.addColumn(e -> formats.amount(e.balanceAfter())).setHeader(t("details.balanceAfter"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        entries.addColumn(Entry::memo).setHeader(t("details.memo"));
        entries.setItems(tx.entries());
        Span meta = new Span(t("details.meta", tx.id(), tx.author(), tx.reason() == null ? "" : tx.reason(),
                tx.hash() == null ? "" : tx.hash()));
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)").set("word-break", "break-all");
        d.add(new VerticalLayout(meta, entries));
        d.setWidth("60em");
        Button close = new Button(Common.TEXTS.get("common.close"), e -> d.close());
        close.setId("journal-transaction-close");
        d.getFooter().add(close);
        d.open();
    }

    /** A house book by its name; a customer's book by account number and owner, as staff know it. */
    private String bookName(UUID book) {
        if (book == null) {
            return "";
        }
        return labels.computeIfAbsent(book, b -> {
            HouseBook house = Parties.house(b);
            if (house != null) {
                return t("house." + house.code());
            }
            return accounts.get().map(a -> {
                try {
                    Account found = a.get(new AccountId(b));
                    String owner = ownerName(found.owner());
                    String number = formats.accountNumber(found.number());
                    return owner == null ? number : t("column.account.of", number, owner);
                } catch (NotFoundException e) {
                    return b.toString();
                }
            }).orElse(b.toString());
        });
    }

    private String ownerName(ContactId owner) {
        return contacts.get().map(c -> {
            try {
                return c.get(owner).name();
            } catch (NotFoundException e) {
                return null;
            }
        }).orElse(null);
    }

    private void verify() {
        VerifyResult r = ledger.verify();
        Dialog d = new Dialog();
        d.setId("ledger-verify-result");
        d.setHeaderTitle(t(r.intact() ? "verify.intact" : "verify.broken"));
        Span summary = new Span(t("verify.summary", formats.count(r.transactionsChecked()), formats.count(r.entriesChecked())));
        summary.setId("ledger-verify-summary");
        d.getElement().setAttribute("data-intact", Boolean.toString(r.intact()));
        Div problems = new Div();
        problems.setId("ledger-verify-problems");
        problems.setText(r.problems().stream().limit(50).collect(Collectors.joining("\n")));
        problems.getStyle().set("white-space", "pre-wrap").set("color", "var(--lumo-error-text-color)");
        d.add(new VerticalLayout(summary, problems));
        Button close = new Button(Common.TEXTS.get("common.close"), e -> d.close());
        close.setId("ledger-verify-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.getFooter().add(close);
        d.open();
        verify.setEnabled(true);
    }
}
