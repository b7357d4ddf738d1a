package io.pitstop.ledger.ui;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.ledger.api.JournalQuery;
import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.ListParams;
import io.pitstop.ui.api.Routes;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Transactions posted since midnight (business time), linking to the journal
 * from today ({@code ledger?from=<today>}).
 */
@Component(service = DashboardCounter.class)
public class PostingsTodayCounter implements DashboardCounter {
    private final Ledger ledger;
    private final Clock clock;

    @Activate
    public PostingsTodayCounter(@Reference Ledger ledger) {
        this(ledger, Clock.system(Ui.DEFAULT_ZONE));
    }

    PostingsTodayCounter(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Midnight of the business day {@code now} falls on. */
    static Instant midnight(Instant now, ZoneId zone) {
        return LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
    }

    @Override
    public String id() {
        return "postings-today";
    }

    @Override
    public String area() {
        return DashboardArea.MONEY;
    }

    @Override
    public Value value(Actor actor) {
        return Value.of(ledger.journal(new JournalQuery(null, midnight(clock.instant(), clock.getZone()), null, null, null),
                PageRequest.first(1)).total());
    }

    @Override
    public String link() {
        return ListParams.link(Routes.LEDGER, JournalView.FROM, LocalDate.now(clock));
    }

    @Override
    public List<String> topics() {
        return List.of(LedgerEvents.POSTED, LedgerEvents.REVERSED);
    }

    @Override
    public String labelKey() {
        return "counter.postings-today";
    }

    @Override
    public Texts texts() {
        return LedgerContribution.TEXTS;
    }

    @Override
    public Set<String> requiredRoles() {
        return LedgerContribution.ROLES;
    }

    @Override
    public int order() {
        return 30;
    }
}
