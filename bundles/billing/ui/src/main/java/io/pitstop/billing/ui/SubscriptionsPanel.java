package io.pitstop.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pitstop.billing.api.AccountSummary;
import io.pitstop.billing.api.Billing;
import io.pitstop.billing.api.Subscription;
import io.pitstop.billing.api.Subscriptions;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * «Подписки» on the account card: the balance screen of seed 000 on top (balance, monthly charge, reserved,
 * available, and when funds are short the shortfall and the day to pay by), the account's subscriptions below.
 */
public class SubscriptionsPanel extends VerticalLayout {
    public SubscriptionsPanel(Billing billing, Subscriptions subscriptions, UUID account) {
        setId("billing-subscriptions");
        Formats f = Ui.formats();
        AccountSummary s = billing.summary(account);
        HorizontalLayout tiles = new HorizontalLayout(
                tile("billing-summary-balance", "summary.balance", s.balance(), s.currency()),
                tile("billing-summary-monthly", "summary.monthly", s.monthlyCharge(), s.currency()),
                tile("billing-summary-reserved", "summary.reserved", s.reserved(), s.currency()),
                tile("billing-summary-available", "summary.available", s.available(), s.currency()));
        tiles.setId("billing-summary");
        add(tiles);
        if (s.shortfall().signum() > 0) {
            Span warning = new Span(BillingTexts.TEXTS.get("summary.shortfall", f.money(s.shortfall(), s.currency()), f.date(s.payBy())));
            warning.setId("billing-summary-shortfall");
            warning.getElement().setAttribute("data-amount", s.shortfall().toPlainString());
            warning.getElement().setAttribute("data-pay-by", s.payBy().toString());
            warning.getStyle().set("color", "var(--lumo-error-text-color)");
            add(warning);
        }
        Grid<Subscription> grid = new Grid<>();
        grid.setId("billing-subscriptions-grid");
        grid.addColumn(Subscription::product).setHeader(BillingTexts.TEXTS.get("subscription.product"));
        grid.addColumn(Subscription::quantity).setHeader(BillingTexts.TEXTS.get("subscription.quantity"));
        grid.addColumn(x -> BillingTexts.TEXTS.get("cycle." + x.cycle().name())).setHeader(BillingTexts.TEXTS.get("subscription.cycle"));
        grid.addColumn(x -> f.date(x.start())).setHeader(BillingTexts.TEXTS.get("subscription.start"));
        grid.addColumn(x -> x.tariff() == null ? "" : x.tariff()).setHeader(BillingTexts.TEXTS.get("subscription.tariff"));
        grid.addColumn(x -> BillingTexts.TEXTS.get("status." + x.status().name())).setHeader(BillingTexts.TEXTS.get("subscription.status"));
        grid.setClassNameGenerator(x -> "billing-subscription-row");
        grid.setItems(subscriptions.ofAccount(account));
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private static Div tile(String id, String label, BigDecimal amount, String currency) {
        Div d = new Div(new Span(BillingTexts.TEXTS.get(label)), new Div(new Span(Ui.formats().money(amount, currency))));
        d.setId(id);
        d.getElement().setAttribute("data-amount", amount.toPlainString());
        d.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return d;
    }
}
