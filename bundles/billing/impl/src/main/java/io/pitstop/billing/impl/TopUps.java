package io.pitstop.billing.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.ledger.api.LedgerEvents;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resumes an account suspended for short funds as soon as a posting (a top-up, usually) lets its month be charged:
 * the ledger publishes {@link LedgerEvents#POSTED} with the books it touched, and each book with a suspended charge is
 * charged again. The charge's ledger key and the SUSPENDED → CHARGED move of its row make this happen once however
 * many postings arrive. The work runs on one thread of its own, off Event Admin's delivery thread, which blacklists
 * a handler that takes long.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + LedgerEvents.POSTED)
public class TopUps implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(TopUps.class);

    @Reference
    private BillingImpl billing;

    private ExecutorService worker;

    @Activate
    void activate() {
        worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "pitstop-billing-resume"));
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void handleEvent(Event event) {
        if (BillingImpl.CHARGE_TYPE.equals(event.getProperty("type"))) {
            return;
        }
        Object books = event.getProperty("books");
        if (books == null) {
            return;
        }
        for (String book : books.toString().split(",")) {
            UUID id;
            try {
                id = UUID.fromString(book.trim());
            } catch (IllegalArgumentException e) {
                continue;
            }
            worker.execute(() -> resume(id));
        }
    }

    private void resume(UUID account) {
        try {
            for (YearMonth period : billing.suspendedPeriods(account)) {
                billing.charge(Actor.system("billing-resume"), account, period, false);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not resume account {} after a posting: {}", account, e.getMessage());
        }
    }
}
