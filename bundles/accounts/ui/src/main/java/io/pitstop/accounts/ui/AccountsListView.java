package io.pitstop.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
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
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /accounts}: personal accounts page by page, filtered by number
 * fragment and status, with owner and the balance, reserved and available
 * amounts from the ledger, or only the active accounts below their critical
 * balance. Opens filtered by {@code ?status=SUSPENDED} or
 * {@code ?belowCritical=true} (the dashboard's counters link so).
 */
public class AccountsListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    /** Query parameter: an {@link AccountStatus} name. */
    static final String STATUS = "status";
    /** Query parameter: {@code true} shows the active accounts below their critical balance. */
    static final String BELOW_CRITICAL = "belowCritical";
    private static final PageRequest.SortOrder BY_NUMBER = new PageRequest.SortOrder("number", true);

    /** One grid row: the account with its owner's name and money, read once per page. */
    record Row(Account account, String owner, BookBalance money) {
    }

    private final transient Formats formats = Ui.formats();
    private final TextField number = new TextField();
    private final Select<AccountStatus> status = new Select<>();
    private final Checkbox belowCritical = new Checkbox(AccountsUi.t("filter.belowCritical"));
    /** The accounts below their critical balance while that filter is on, else null. */
    private transient List<Row> critical;
    private final ConfigurableFilterDataProvider<Row, Void, AccountQuery> data;

    public AccountsListView(AccountsUi ui) {
        setId("accounts-view");
        setSizeFull();
        number.setId("accounts-filter-number");
        number.setPlaceholder(AccountsUi.t("filter.number"));
        number.setClearButtonVisible(true);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        status.setId("accounts-filter-status");
        status.setItems(AccountStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(AccountsUi.t("filter.status.all"));
        status.setItemLabelGenerator(s -> s == null ? AccountsUi.t("filter.status.all") : AccountsUi.status(s));
        AccountService accounts = ui.accounts();
        data = DataProvider.<Row, AccountQuery>fromFilteringCallbacks(
                q -> critical != null ? critical.stream().skip(q.getOffset()).limit(q.getLimit())
                        : accounts.search(q.getFilter().orElse(AccountQuery.all()), Common.page(q, AccountService.SORTABLE, BY_NUMBER))
                        .items().stream().map(a -> new Row(a, ui.ownerName(a.owner()), ui.balance(a.id().value()))),
                q -> critical != null ? critical.size()
                        : (int) Math.min(Integer.MAX_VALUE, accounts.count(q.getFilter().orElse(AccountQuery.all()))))
                .withConfigurableFilter();
        Grid<Row> grid = new Grid<>();
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> r.account().number()).setHeader(AccountsUi.t("column.number")).setSortProperty("number").setAutoWidth(true);
        grid.addColumn(Row::owner).setHeader(AccountsUi.t("column.owner")).setFlexGrow(2);
        grid.addColumn(r -> AccountsUi.status(r.account().status())).setHeader(AccountsUi.t("column.status"))
                .setSortProperty("status").setAutoWidth(true);
        money(grid, "column.balance", BookBalance::balance);
        money(grid, "column.reserved", BookBalance::reserved);
        money(grid, "column.available", BookBalance::available);
        grid.addColumn(r -> r.account().currency()).setHeader(AccountsUi.t("column.currency")).setAutoWidth(true);
        grid.setClassNameGenerator(r -> r.money() != null && r.account().criticalBalance() != null
                && r.money().balance().compareTo(r.account().criticalBalance()) < 0 ? "below-critical" : null);
        grid.setItems(data);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(u -> u.navigate(Routes.card(Routes.ACCOUNT, e.getItem().account().id()))));
        number.addValueChangeListener(e -> applyFilter());
        status.addValueChangeListener(e -> applyFilter());
        belowCritical.setId("accounts-filter-critical");
        belowCritical.addValueChangeListener(e -> {
            critical = e.getValue() ? BelowCritical.find(accounts, ui.ledger()).accounts().stream()
                    .map(a -> new Row(a, ui.ownerName(a.owner()), ui.balance(a.id().value()))).toList() : null;
            number.setEnabled(!e.getValue());
            status.setEnabled(!e.getValue());
            data.refreshAll();
        });
        applyFilter();
        HorizontalLayout filters = new HorizontalLayout(number, status, belowCritical);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(AccountsUi.t("menu.accounts")), filters, grid);
        setFlexGrow(1, grid);
    }

    private void money(Grid<Row> grid, String header, Function<BookBalance, BigDecimal> amount) {
        grid.addColumn(r -> r.money() == null ? "—" : formats.amount(amount.apply(r.money())))
                .setHeader(AccountsUi.t(header)).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
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

    private void applyFilter() {
        String n = number.getValue();
        data.setFilter(new AccountQuery(null, status.getValue(), n == null || n.isBlank() ? null : n.trim()));
    }
}
