package io.pitstop.kso.ui.applications;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.ApplicationStatus;
import io.pitstop.kso.api.applications.CreditApplication;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardService;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A client's credit applications as the seed's table shows them (amount, down payment, offer, rate, term, payment)
 * with their status; the selected one's stage buttons move it on (or back before sending) and, once issued, its
 * rewards show below.
 */
final class ApplicationsPanel extends VerticalLayout {
    private final ApplicationService applications;
    private final RewardService rewards;
    private final UUID contact;
    private final Texts t = ApplicationTexts.TEXTS;
    private final Grid<CreditApplication> grid = new Grid<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Span details = new Span();

    ApplicationsPanel(ApplicationService applications, RewardService rewards, UUID contact) {
        this.applications = applications;
        this.rewards = rewards;
        this.contact = contact;
        setId("kso-applications");
        setPadding(false);
        Formats f = Ui.formats();
        grid.setId("kso-applications-grid");
        grid.addColumn(a -> f.amount(a.offer().amount())).setHeader(t.get("applications.amount")).setAutoWidth(true);
        grid.addColumn(a -> f.amount(a.offer().downPayment())).setHeader(t.get("applications.downPayment")).setAutoWidth(true);
        grid.addColumn(a -> offer(a)).setHeader(t.get("applications.offer")).setAutoWidth(true);
        grid.addColumn(a -> a.offer().annualRatePercent().toPlainString()).setHeader(t.get("applications.rate")).setAutoWidth(true);
        grid.addColumn(a -> a.offer().termMonths()).setHeader(t.get("applications.term")).setAutoWidth(true);
        grid.addColumn(a -> f.amount(a.offer().monthlyPayment())).setHeader(t.get("applications.payment")).setAutoWidth(true);
        grid.addColumn(a -> status(a.status())).setHeader(t.get("applications.status")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showActions(e.getFirstSelectedItem().orElse(null)));
        Button add = new Button(t.get("applications.new"), e -> new NewApplicationDialog(applications, contact, created -> {
            reload(created.id());
            Ui.notice("kso-application-created", t.get("applications.created"));
        }).open());
        add.setId("kso-application-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.setId("kso-application-actions");
        details.setId("kso-application-details");
        add(add, grid, actions, details);
        reload(null);
    }

    private String offer(CreditApplication a) {
        String programme = a.offer().programmeName() == null ? "" : ", " + a.offer().programmeName();
        return a.offer().bank() + programme;
    }

    private String status(ApplicationStatus s) {
        return t.get("applications.status." + s.code());
    }

    private void reload(UUID select) {
        List<CreditApplication> items = applications.find(contact, null, PageRequest.first(PageRequest.MAX_LIMIT)).items();
        grid.setItems(items);
        CreditApplication chosen = items.stream().filter(a -> a.id().equals(select)).findFirst().orElse(null);
        if (chosen != null) {
            grid.select(chosen);
        } else {
            showActions(null);
        }
    }

    private void showActions(CreditApplication a) {
        actions.removeAll();
        details.setText("");
        if (a == null) {
            return;
        }
        for (ApplicationStatus next : a.status().next()) {
            Button b = new Button(t.get("applications.to." + next.code()), e -> move(a, next));
            b.setId("kso-application-to-" + next.code());
            actions.add(b);
        }
        StringBuilder text = new StringBuilder(t.get("applications.current", status(a.status())));
        if (a.decision() != null && a.decision().reference() != null) {
            text.append(" · ").append(t.get("applications.reference", a.decision().reference()));
        }
        if (a.status() == ApplicationStatus.ISSUED) {
            BigDecimal sum = rewards.forApplication(a.id()).stream().map(Reward::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            text.append(" · ").append(t.get("applications.rewards", Ui.formats().money(sum, "RUB")));
        }
        details.setText(text.toString());
    }

    private void move(CreditApplication a, ApplicationStatus target) {
        try {
            CreditApplication moved = applications.move(Ui.actor(), a.id(), target, null);
            reload(moved.id());
            Ui.notice("kso-application-moved", t.get("applications.moved", status(moved.status())));
        } catch (PitstopException e) {
            Ui.problem("kso-application-refused", Ui.message(e));
        }
    }
}
