package io.pitstop.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.ListView;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /accounts}: personal accounts page by page, found by number fragment
 * or owner's name and filtered by status as the filters change, with owner,
 * status badge and the balance, reserved and available amounts from the
 * ledger; the row count, the balance totals per currency, export, and an
 * empty state. Opens filtered by {@code ?status=SUSPENDED} or
 * {@code ?belowCritical=true} (the dashboard's counters link so).
 */
public class AccountsListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** Query parameter: an {@link AccountStatus} name. */
    static final String STATUS = "status";
    /** Query parameter: {@code true} shows the active accounts below their critical balance. */
    static final String BELOW_CRITICAL = "belowCritical";
    private static final PageRequest.SortOrder BY_NUMBER = new PageRequest.SortOrder("number", true);
    /**
     * Totals read every account's balance from the ledger, one book at a time;
     * past this many accounts the sum would cost more than the page, so the
     * totals ask for a narrower filter instead. Read as one page, so at most
     * {@link PageRequest#MAX_LIMIT}.
     */
    static final int TOTALS_LIMIT = 500;

    /** One grid row: the account with its owner's name and money, read once per page. */
    record Row(Account account, String owner, BookBalance money) {
    }

    private final transient AccountsUi ui;
    private final transient Formats formats = Ui.formats();
    private final TextField number = new TextField();
    private final Select<AccountStatus> status = new Select<>();
    /** The query of the current filters; the owner's name is looked up once per filter change, not per page. */
    private AccountQuery query;
    private List<Object> queryOf;
    private final Checkbox belowCritical = new Checkbox(AccountsUi.t("filter.belowCritical"));
    /** The accounts below their critical balance while that filter is on; read once per switching it on. */
    private transient List<Row> critical;

    public AccountsListView(AccountsUi ui) {
        this.ui = ui;
        setId("accounts-view");
        setSizeFull();
        number.setId("accounts-filter-number");
        number.setPlaceholder(AccountsUi.t("filter.number"));
        number.getElement().setAttribute("aria-label", AccountsUi.t("filter.number"));
        number.setClearButtonVisible(true);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        number.setWidth("22em");
        status.setId("accounts-filter-status");
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(AccountsUi.t("filter.status.all"));
        status.setItemLabelGenerator(s -> s == null ? AccountsUi.t("filter.status.all") : AccountsUi.status(s));
        status.getElement().setAttribute("aria-label", AccountsUi.t("column.status"));
        AccountService accounts = ui.accounts();

        ListView<Row> list = new ListView<>("accounts");
        belowCritical.setId("accounts-filter-critical");
        belowCritical.addValueChangeListener(e -> critical = null);
        list.textFilter("number", number).enumFilter("status", status, AccountStatus.class)
                .filter(BELOW_CRITICAL, belowCritical, String::valueOf, Boolean::parseBoolean);
        list.column("number", AccountsUi.t("column.number"), r -> formats.accountNumber(r.account().number())).narrow().sortable("number");
        list.column("owner", AccountsUi.t("column.owner"), Row::owner).wide();
        list.componentColumn("status", AccountsUi.t("column.status"), r -> AccountsUi.status(r.account().status()),
                r -> AccountsUi.badge(null, r.account().status())).narrow().sortable("status");
        money(list, "balance", BookBalance::balance);
        money(list, "reserved", BookBalance::reserved);
        money(list, "available", BookBalance::available);
        list.column("currency", AccountsUi.t("column.currency"), r -> r.account().currency()).narrow();
        list.grid().setClassNameGenerator(r -> r.money() != null && r.account().criticalBalance() != null
                && r.money().balance().compareTo(r.account().criticalBalance()) < 0 ? "below-critical" : null);
        list.items(AccountService.SORTABLE, BY_NUMBER,
                page -> belowCritical.getValue()
                        ? critical().stream().skip(page.offset()).limit(page.limit()).toList()
                        : accounts.search(query(), page).items().stream().map(this::row).toList(),
                () -> belowCritical.getValue() ? critical().size() : accounts.count(query()));
        list.totals(this::totals);
        list.emptyState(AccountsUi.t("list.empty"), null, null);
        list.tools(AccountsUi.t("list.exportName"));
        list.onOpen(r -> getUI().ifPresent(u -> u.navigate(Routes.card(Routes.ACCOUNT, r.account().id()))));
        add(new H2(AccountsUi.t("menu.accounts")), list);
        setFlexGrow(1, list);
    }

    private void money(ListView<Row> list, String key, Function<BookBalance, BigDecimal> amount) {
        list.column(key, AccountsUi.t("column." + key), r -> r.money() == null ? "—" : formats.amount(amount.apply(r.money())))
                .number(r -> r.money() == null ? null : amount.apply(r.money())).narrow();
    }

    /** The filter named in the link that opened the list. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListParams params = new ListParams(event.getLocation().getQueryParameters().getParameters());
        params.constant(STATUS, AccountStatus.class).ifPresent(status::setValue);
        belowCritical.setValue(params.flag(BELOW_CRITICAL));
    }

    @Override
    public String getPageTitle() {
        return AccountsUi.t("menu.accounts");
    }

    private AccountQuery query() {
        String n = number.getValue() == null || number.getValue().isBlank() ? null : number.getValue().trim();
        List<Object> of = java.util.Arrays.asList(n, status.getValue());
        if (query == null || !Objects.equals(of, queryOf)) {
            query = new AccountQuery(null, status.getValue(), n, ui.ownersFound(n));
            queryOf = of;
        }
        return query;
    }

    private Row row(Account a) {
        return new Row(a, ui.ownerName(a.owner()), ui.balance(a.id().value()));
    }

    /** Only the active accounts below their critical balance, whatever the other filters say. */
    private List<Row> critical() {
        if (critical == null) {
            critical = BelowCritical.find(ui.accounts(), ui.ledger()).accounts().stream().map(this::row).toList();
        }
        return critical;
    }

    /** The balances of what the filters find, summed per currency, under the balance column. */
    private Map<String, String> totals() {
        AccountQuery q = query();
        Map<String, String> cells = new HashMap<>();
        cells.put("number", AccountsUi.t("list.total"));
        if (ui.accounts().count(q) > TOTALS_LIMIT) {
            cells.put("owner", AccountsUi.t("list.total.tooMany", formats.count(TOTALS_LIMIT)));
            return cells;
        }
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (Account a : ui.accounts().search(q, new PageRequest(0, TOTALS_LIMIT, List.of(BY_NUMBER))).items()) {
            BookBalance b = ui.balance(a.id().value());
            if (b != null) {
                sums.merge(a.currency(), b.balance(), BigDecimal::add);
            }
        }
        cells.put("balance", sums.entrySet().stream().map(e -> formats.money(e.getValue(), e.getKey()))
                .collect(Collectors.joining("; ")));
        return cells;
    }
}
