package io.pitstop.integration.ui;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.DeadLetterQuery;
import io.pitstop.core.api.DeadLetterStatus;
import io.pitstop.core.api.DeadLetters;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Texts;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Dead letters nobody has acted on yet, linking to the list of open ones ({@code dead-letters?status=OPEN}). */
@Component(service = DashboardCounter.class)
public class OpenDeadLettersCounter implements DashboardCounter {
    private final DeadLetters deadLetters;

    @Activate
    public OpenDeadLettersCounter(@Reference DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public String id() {
        return "dead-letters-open";
    }

    @Override
    public String area() {
        return DashboardArea.OTHER;
    }

    @Override
    public Value value(Actor actor) {
        return Value.of(deadLetters.list(new DeadLetterQuery(null, null, DeadLetterStatus.OPEN), PageRequest.first(1)).total());
    }

    @Override
    public String link() {
        return ListParams.link(DeadLettersContribution.ROUTE, DeadLettersView.STATUS, DeadLetterStatus.OPEN);
    }

    @Override
    public String labelKey() {
        return "counter.dead-letters-open";
    }

    @Override
    public Texts texts() {
        return DeadLettersContribution.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return DeadLettersContribution.ROLES;
    }

    @Override
    public int order() {
        return 90;
    }
}
