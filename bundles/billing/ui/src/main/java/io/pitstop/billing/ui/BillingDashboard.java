package io.pitstop.billing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.pitstop.billing.api.Billing;
import io.pitstop.billing.api.BillingEvents;
import io.pitstop.billing.api.Shortfalls;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/**
 * The money area's billing numbers for accountants: accounts suspended for short funds, accounts short for next
 * month, and a card with the total they are short by (seed 000's shortfall, summed).
 */
final class BillingDashboard {
    /** Accounts looked at for the shortfall: beyond it the numbers are shown as lower bounds ("+"). */
    static final int SHORTFALL_LIMIT = 2_000;

    private BillingDashboard() {
    }

    private abstract static class BillingCounter implements DashboardCounter {
        @Override
        public String area() {
            return DashboardArea.MONEY;
        }

        @Override
        public List<String> topics() {
            return List.of(BillingEvents.PREFIX + "*");
        }

        @Override
        public String labelKey() {
            return "counter." + id();
        }

        @Override
        public Texts texts() {
            return BillingTexts.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return BillingTexts.RUN;
        }
    }

    /** Accounts billing suspended for short funds, linking to the suspended accounts. */
    @org.osgi.service.component.annotations.Component(service = DashboardCounter.class)
    public static class Suspended extends BillingCounter {
        @Reference
        Billing billing;

        @Override
        public String id() {
            return "billing-suspended";
        }

        @Override
        public Value value(Actor actor) {
            return Value.of(billing.suspendedAccounts());
        }

        @Override
        public String link() {
            return Routes.ACCOUNTS + "?status=SUSPENDED";
        }

        @Override
        public int order() {
            return 60;
        }
    }

    /** Accounts whose funds do not cover next month, linking to the runs page where a preview lists them. */
    @org.osgi.service.component.annotations.Component(service = DashboardCounter.class)
    public static class Short extends BillingCounter {
        @Reference
        Billing billing;

        @Override
        public String id() {
            return "billing-short";
        }

        @Override
        public Value value(Actor actor) {
            Shortfalls s = billing.shortfalls(SHORTFALL_LIMIT);
            return new Value(s.accounts(), s.partial());
        }

        @Override
        public String link() {
            return "billing/runs";
        }

        @Override
        public int order() {
            return 61;
        }
    }

    /** «Не хватает на следующий месяц»: how many accounts and by how much in all. */
    @org.osgi.service.component.annotations.Component(service = DashboardCard.class)
    public static class ShortfallCard implements DashboardCard {
        @Reference
        Billing billing;

        @Override
        public String id() {
            return "billing-shortfall";
        }

        @Override
        public Component create() {
            Shortfalls s = billing.shortfalls(SHORTFALL_LIMIT);
            Span total = new Span(Ui.formats().money(s.total(), "RUB") + (s.partial() ? "+" : ""));
            total.setId("billing-shortfall-total");
            total.getElement().setAttribute("data-amount", s.total().toPlainString());
            total.getElement().setAttribute("data-accounts", Long.toString(s.accounts()));
            Div d = new Div(new Span(BillingTexts.TEXTS.get("shortfall.accounts", s.accounts() + (s.partial() ? "+" : ""))), new Div(total));
            d.setId("billing-shortfall");
            return d;
        }

        @Override
        public String area() {
            return DashboardArea.MONEY;
        }

        @Override
        public String labelKey() {
            return "card.billing-shortfall";
        }

        @Override
        public Texts texts() {
            return BillingTexts.TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return BillingTexts.RUN;
        }

        @Override
        public int order() {
            return 62;
        }
    }
}
