package io.pitstop.accounts.ui;

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
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountQuery;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.BookBalance;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * {@code /accounts}: personal accounts page by page, filtered by number
 * fragment and status, with owner and the balance, reserved and available
 * amounts from the ledger.
 */
public class AccountsListView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final PageRequest.SortOrder BY_NUMBER = new PageRequest.SortOrder("number", true);

    /** One grid row: the account with its owner's name and money, read once per page. */
    record Row(Account account, String owner, BookBalance money) {
    }

    private final transient Formats formats = Ui.formats();
    private final TextField number = new TextField();
    private final Select<AccountStatus> status = new Select<>();
    private final ConfigurableFilterDataProvider<Row, Void, AccountQuery> data;
    private final transient AccountsUi ui;

    public AccountsListView(AccountsUi ui) {
        this.ui = ui;
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
                q -> accounts.search(q.getFilter().orElse(AccountQuery.all()), Common.page(q, AccountService.SORTABLE, BY_NUMBER))
                        .items().stream().map(a -> new Row(a, ui.ownerName(a.owner()), ui.balance(a.id().value()))),
                q -> (int) Math.min(Integer.MAX_VALUE, accounts.count(q.getFilter().orElse(AccountQuery.all()))))
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
        applyFilter();
        HorizontalLayout filters = new HorizontalLayout(number, status);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(AccountsUi.t("menu.accounts")), filters, grid);
        setFlexGrow(1, grid);
    }

    private void money(Grid<Row> grid, String header, Function<BookBalance, BigDecimal> amount) {
        grid.addColumn(r -> r.money() == null ? "—" : formats.amount(amount.apply(r.money())))
                .setHeader(AccountsUi.t(header)).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
    }

    @Override
    public String getPageTitle() {
        return AccountsUi.t("menu.accounts");
    }

    private void applyFilter() {
        String n = number.getValue() == null || number.getValue().isBlank() ? null : number.getValue().trim();
        data.setFilter(new AccountQuery(null, status.getValue(), n, ui.ownersFound(n)));
    }
}
