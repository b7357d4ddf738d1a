package io.pitstop.timeline.impl;

import io.pitstop.accounts.api.Account;
import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.accounts.api.AccountEvents;
import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the core domains' events on the timeline as they arrive from the outbox (after commit, at least once).
 * The domains know nothing of the timeline; the rules of what an event becomes are in {@link EventEntries}.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=" + ContactEvents.PREFIX + "*",
        EventConstants.EVENT_TOPIC + "=" + AccountEvents.PREFIX + "*",
        EventConstants.EVENT_TOPIC + "=pitstop/ledger/*",
        EventConstants.EVENT_TOPIC + "=" + TaskEvents.CREATED,
        EventConstants.EVENT_TOPIC + "=" + TaskEvents.STATUS_CHANGED})
public class DomainEntries implements EventHandler, EventEntries.Lookup {
    private static final Logger LOG = LoggerFactory.getLogger(DomainEntries.class);

    @Reference
    private Timeline timeline;

    @Reference
    private AccountService accounts;

    @Reference
    private TaskService tasks;

    @Reference
    private AuditService audit;

    @Override
    public void handleEvent(Event event) {
        Map<String, Object> props = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            props.put(name, event.getProperty(name));
        }
        try {
            for (EntryDraft draft : EventEntries.entries(event.getTopic(), props, this)) {
                timeline.record(draft);
            }
        } catch (RuntimeException e) {
            // the change itself is committed; a missing entry must not fail anything else, but it must be seen
            LOG.warn("Timeline entry for {} {} not recorded: {}", event.getTopic(), props.get("event.id"), e.toString());
        }
    }

    @Override
    public Optional<EventEntries.AccountInfo> account(UUID book) {
        try {
            Account a = accounts.get(new AccountId(book));
            return Optional.of(new EventEntries.AccountInfo(a.number(), a.owner().value()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<EventEntries.TaskInfo> task(UUID id) {
        try {
            Task t = tasks.get(new TaskId(id));
            return Optional.of(new EventEntries.TaskInfo(t.number(), t.title(), t.creator(), t.links()));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public String actorOf(RecordRef record, String action) {
        for (AuditEntry e : audit.history(record, PageRequest.first(20)).items()) {
            if (e.action().equals(action)) {
                return e.actor();
            }
        }
        return null;
    }
}
