package io.pitstop.ui.shell.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.accounts.api.AccountStatus;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellTexts;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The start page: counters of the core domains (each shown only to roles
 * that may open the matching view) and the cards plugins contribute.
 */
public class DashboardView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;
    private final transient Formats formats = Ui.formats();
    private final FlexLayout counters = new FlexLayout();
    private final FlexLayout cards = new FlexLayout();

    public DashboardView(ShellContext shell) {
        this.shell = shell;
        setId("dashboard");
        counters.setId("dashboard-counters");
        cards.setId("dashboard-cards");
        for (FlexLayout f : new FlexLayout[] {counters, cards}) {
            f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            f.getStyle().set("gap", "var(--lumo-space-m)");
        }
        add(new H2(ShellTexts.t("dashboard.title")), counters, cards);
        fill();
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("dashboard.title");
    }

    private void fill() {
        Actor actor = Ui.actor();
        if (may(actor, Routes.CONTACTS)) {
            counter("contacts", () -> Counters.contacts(shell.contacts().orElse(null)));
        }
        if (may(actor, Routes.ACCOUNTS)) {
            counter("accounts-active", () -> Counters.accounts(shell.accounts().orElse(null), AccountStatus.ACTIVE));
            counter("accounts-suspended", () -> Counters.accounts(shell.accounts().orElse(null), AccountStatus.SUSPENDED));
            Div critical = counterBox("accounts-critical");
            Span value = valueOf(critical);
            try {
                Counters.Critical c = Counters.belowCritical(shell.accounts().orElse(null), shell.ledger().orElse(null));
                value.setText(c == null ? "—" : formats.count(c.count()) + (c.partial() ? "+" : ""));
            } catch (RuntimeException e) {
                failed(value, e);
            }
        }
        if (may(actor, Routes.LEDGER)) {
            counter("postings-today", () -> Counters.postingsToday(shell.ledger().orElse(null), formats.zone(), Instant.now()));
        }
        for (DashboardCard card : shell.cards(actor)) {
            cards.add(card(card));
        }
    }

    private boolean may(Actor actor, String route) {
        return shell.viewAt(route).map(v -> v.visibleTo(actor)).orElse(false);
    }

    private void counter(String id, Supplier<OptionalLong> value) {
        Span span = valueOf(counterBox(id));
        try {
            OptionalLong v = value.get();
            span.setText(v.isPresent() ? formats.count(v.getAsLong()) : "—");
        } catch (RuntimeException e) {
            failed(span, e);
        }
    }

    private void failed(Span value, RuntimeException e) {
        LoggerFactory.getLogger(DashboardView.class).warn("Dashboard counter failed", e);
        value.setText("—");
        value.setTitle(ShellTexts.t("dashboard.counter.failed"));
    }

    private Div counterBox(String id) {
        Span label = new Span(ShellTexts.t("dashboard.counter." + id));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span value = new Span();
        value.setId("counter-" + id + "-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div box = new Div(label, new Div(value));
        box.setId("counter-" + id);
        style(box);
        counters.add(box);
        return box;
    }

    private static Span valueOf(Div box) {
        return (Span) ((Div) box.getComponentAt(1)).getComponentAt(0);
    }

    private Component card(DashboardCard card) {
        Div box = new Div();
        box.setId("dashboard-card-" + card.id());
        style(box);
        box.add(new H3(card.texts().get(Ui.locale(), card.labelKey())));
        try {
            box.add(card.create());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DashboardView.class).warn("Dashboard card {} failed", card.id(), e);
            box.add(new Span(ShellTexts.t("dashboard.card.failed")));
        }
        return box;
    }

    private static void style(Div box) {
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "14em");
    }
}
