package io.pitstop.kso.ui.applications;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.time.Clock;
import io.pitstop.kso.api.applications.Reward;
import io.pitstop.kso.api.applications.RewardService;
import io.pitstop.kso.api.applications.RewardStatus;
import io.pitstop.ui.api.DashboardCard;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** «Вознаграждения за месяц»: the rewards of the loans issued this month, what is still owed and what was paid. */
@org.osgi.service.component.annotations.Component(service = DashboardCard.class)
public class RewardsCard implements DashboardCard {
    @Reference
    private RewardService rewards;

    @Reference
    private Clock clock;

    @Override
    public String id() {
        return "kso-rewards";
    }

    @Override
    public String labelKey() {
        return "rewards.card";
    }

    @Override
    public Texts texts() {
        return ApplicationTexts.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return Set.of(Actor.ADMIN, Actor.MANAGER);
    }

    @Override
    public Component create() {
        List<Reward> month = rewards.ofMonth(YearMonth.from(clock.today()));
        Formats f = Ui.formats();
        Texts t = ApplicationTexts.TEXTS;
        Div card = new Div();
        card.add(line("kso-rewards-total", t.get("rewards.total", f.money(sum(month, null), "RUB"))),
                line("kso-rewards-receivable", t.get("rewards.receivable", f.money(sum(month, RewardStatus.RECEIVABLE), "RUB"))),
                line("kso-rewards-paid", t.get("rewards.paid", f.money(sum(month, RewardStatus.PAID), "RUB"))),
                line("kso-rewards-count", t.get("rewards.count", month.stream().map(Reward::applicationId).distinct().count())));
        return card;
    }

    private static BigDecimal sum(List<Reward> rewards, RewardStatus status) {
        return rewards.stream().filter(r -> status == null || r.status() == status).map(Reward::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static Div line(String id, String text) {
        Div div = new Div(new Span(text));
        div.setId(id);
        return div;
    }
}
