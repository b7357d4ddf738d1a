package io.pitstop.ui.shell.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import io.pitstop.core.api.Actor;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.shell.DashboardLayout;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellTexts;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.LoggerFactory;

/**
 * The start page: the counters and cards the domain bundles and plugins
 * contribute, those the user's roles may see, laid out by
 * {@link DashboardLayout} (money first for an accountant, contacts and
 * tasks for a manager). Each counter links to the list it counts. While the
 * page is open, a counter is read again when one of its topics is published.
 */
public class DashboardView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final transient ShellContext shell;
    private final transient Formats formats = Ui.formats();
    private final FlexLayout counters = new FlexLayout();
    private final FlexLayout cards = new FlexLayout();
    /** The value spans of the counters shown, by counter. */
    private final transient Map<DashboardCounter, Span> values = new LinkedHashMap<>();
    private final transient Actor actor = Ui.actor();
    private transient ServiceRegistration<EventHandler> listening;
    /** Counters with a read queued on the UI. */
    private final transient Set<DashboardCounter> pending = ConcurrentHashMap.newKeySet();

    public DashboardView(ShellContext shell) {
        this.shell = shell;
        setId("dashboard");
        counters.setId("dashboard-counters");
        cards.setId("dashboard-cards");
        for (FlexLayout f : new FlexLayout[] {counters, cards}) {
            f.setFlexWrap(FlexLayout.FlexWrap.WRAP);
            f.setWidthFull();
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
        for (DashboardCounter counter : DashboardLayout.arrange(shell.counters(actor), DashboardCounter::area, actor)) {
            counters.add(counterBox(counter));
        }
        for (DashboardCard card : DashboardLayout.arrange(shell.cards(actor), DashboardCard::area, actor)) {
            cards.add(card(card));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        Set<String> topics = new LinkedHashSet<>();
        values.keySet().forEach(c -> topics.addAll(c.topics()));
        if (topics.isEmpty()) {
            return;
        }
        UI ui = event.getUI();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, topics.toArray(String[]::new));
        // Event Admin delivers on its own thread; the page changes under the UI's lock and reaches the browser by push
        listening = shell.bundleContext().registerService(EventHandler.class, e -> refresh(ui, e.getTopic()), props);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (listening != null) {
            try {
                listening.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the shell bundle stopped first and took the registration with it
            }
            listening = null;
        }
        super.onDetach(event);
    }

    /**
     * Reads the counters that follow {@code topic} again. A burst of events (an import posting thousands of
     * transactions) costs one read per counter while a read is still waiting for the UI, not one per event.
     */
    private void refresh(UI ui, String topic) {
        values.forEach((counter, span) -> {
            if (counter.topics().stream().anyMatch(t -> matches(t, topic)) && pending.add(counter)) {
                ui.access(() -> {
                    pending.remove(counter);
                    read(counter, span);
                });
            }
        });
    }

    /** Event Admin's topic rule: exact, or a pattern ending in {@code /*} matching what follows its prefix. */
    static boolean matches(String pattern, String topic) {
        return pattern.equals(topic) || pattern.equals("*")
                || pattern.endsWith("/*") && topic.startsWith(pattern.substring(0, pattern.length() - 1));
    }

    private Component counterBox(DashboardCounter counter) {
        Span label = new Span(counter.texts().get(Ui.locale(), counter.labelKey()));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span value = new Span();
        value.setId("counter-" + counter.id() + "-value");
        value.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        // a link the client-side router follows: the list opens filtered the way it was counted
        Anchor box = new Anchor(counter.link(), "");
        box.getElement().setAttribute("router-link", true);
        box.getElement().setAttribute("data-area", String.valueOf(counter.area()));
        box.add(label, new Div(value));
        box.setId("counter-" + counter.id());
        box.addClassName("dashboard-counter");
        box.getStyle().set("text-decoration", "none").set("color", "inherit").set("display", "block");
        style(box);
        values.put(counter, value);
        read(counter, value);
        return box;
    }

    private void read(DashboardCounter counter, Span span) {
        try {
            DashboardCounter.Value v = counter.value(actor);
            span.setText(v == null ? "—" : formats.count(v.count()) + (v.partial() ? "+" : ""));
            span.getElement().setAttribute("data-count", v == null ? "" : Long.toString(v.count()));
            span.setTitle("");
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DashboardView.class).warn("Dashboard counter {} failed", counter.id(), e);
            span.setText("—");
            span.setTitle(ShellTexts.t("dashboard.counter.failed"));
        }
    }

    private Component card(DashboardCard card) {
        Div box = new Div();
        box.setId("dashboard-card-" + card.id());
        box.addClassName("dashboard-card");
        box.getElement().setAttribute("data-area", String.valueOf(card.area()));
        style(box);
        if (card.wide()) {
            box.addClassName("dashboard-card-wide");
            box.getStyle().set("flex", "1 1 100%");
        }
        box.add(new H3(card.texts().get(Ui.locale(), card.labelKey())));
        try {
            box.add(card.create());
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DashboardView.class).warn("Dashboard card {} failed", card.id(), e);
            box.add(new Span(ShellTexts.t("dashboard.card.failed")));
        }
        return box;
    }

    private static void style(Component box) {
        box.getElement().getStyle().set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("min-width", "14em").set("box-sizing", "border-box");
    }
}
