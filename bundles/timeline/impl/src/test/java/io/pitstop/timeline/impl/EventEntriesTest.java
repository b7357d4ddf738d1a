package io.pitstop.timeline.impl;

import static org.junit.Assert.assertEquals;

import io.pitstop.accounts.api.AccountEvents;
import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ledger.api.HouseBook;
import io.pitstop.ledger.api.LedgerEvents;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.TimelineKinds;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.Test;

public class EventEntriesTest {
    private final UUID owner = UUID.randomUUID();
    private final UUID account = UUID.randomUUID();
    private final UUID task = UUID.randomUUID();

    /** One account (the others are house books) and one task linked to the owner. */
    private final EventEntries.Lookup lookup = new EventEntries.Lookup() {
        @Override
        public Optional<EventEntries.AccountInfo> account(UUID book) {
            return book.equals(account) ? Optional.of(new EventEntries.AccountInfo("40-0001", owner)) : Optional.empty();
        }

        @Override
        public Optional<EventEntries.TaskInfo> task(UUID id) {
            return id.equals(task) ? Optional.of(new EventEntries.TaskInfo(7, "Call the client", "anna",
                    List.of(new RecordRef("contact", owner)))) : Optional.empty();
        }

        @Override
        public String actorOf(RecordRef record, String action) {
            return "audit:" + action;
        }
    };

    private static Map<String, Object> event(String id, RecordRef subject, Object... kv) {
        Map<String, Object> p = new HashMap<>();
        p.put("event.id", id);
        p.put("timestamp", 1_700_000_000_000L);
        p.put(DomainEvents.SUBJECT_TYPE, subject.type());
        p.put(DomainEvents.SUBJECT_ID, subject.id().toString());
        for (int i = 0; i < kv.length; i += 2) {
            p.put((String) kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    public void aContactChangeShowsOnTheContactWithItsActorAndTime() {
        RecordRef c = new RecordRef("contact", owner);
        List<EntryDraft> e = EventEntries.entries(ContactEvents.UPDATED, event("e1", c, "name", "ООО «Ромашка»", "actor", "anna"), lookup);
        assertEquals(List.of(new EntryDraft(TimelineKinds.CONTACT_CHANGED, List.of(c), "anna", Instant.ofEpochMilli(1_700_000_000_000L),
                "Contact changed: ООО «Ромашка»", null, "e1")), e);
    }

    @Test
    public void knownTypesReadAsWordsAndAPluginsTypeKeepsItsCode() {
        assertEquals("Charge", EventEntries.operation("charge"));
        assertEquals("Hold capture", EventEntries.operation("hold-capture"));
        assertEquals("Posting kso-fee", EventEntries.operation("kso-fee"));
    }

    @Test
    public void aTopUpShowsOnTheAccountAndItsOwnerButNotOnTheHouseBook() {
        UUID tx = UUID.randomUUID();
        List<EntryDraft> e = EventEntries.entries(LedgerEvents.POSTED, event("e2", new RecordRef("transaction", tx),
                "type", "topup", "author", "buh", "reason", "п/п 5", "books", account + "," + HouseBook.BANK.bookId(),
                "amounts", "1000.00,-1000.00", "currencies", "RUB,RUB"), lookup);
        assertEquals(1, e.size());
        EntryDraft d = e.get(0);
        assertEquals(List.of(new RecordRef("account", account), new RecordRef("contact", owner)), d.records());
        assertEquals("Top-up +1000.00 RUB on account 40-0001: п/п 5", d.text());
        assertEquals(TimelineKinds.POSTING, d.kind());
        assertEquals(new RecordRef("transaction", tx), d.link());
        assertEquals("e2:" + account, d.sourceKey());
    }

    @Test
    public void anOpenedAccountShowsOnItsOwnerWithTheAuditedActor() {
        List<EntryDraft> e = EventEntries.entries(AccountEvents.OPENED, event("e3", new RecordRef("account", account),
                "number", "40-0001", "ownerId", owner.toString(), "currency", "RUB"), lookup);
        assertEquals(List.of(new RecordRef("account", account), new RecordRef("contact", owner)), e.get(0).records());
        assertEquals("audit:opened", e.get(0).actor());
        assertEquals("Account 40-0001 opened in RUB", e.get(0).text());
    }

    @Test
    public void aTaskShowsOnItselfAndItsLinksAndDoneIsItsOwnKind() {
        RecordRef t = new RecordRef("task", task);
        List<EntryDraft> created = EventEntries.entries(TaskEvents.CREATED, event("e4", t, "status", "NEW"), lookup);
        assertEquals(List.of(t, new RecordRef("contact", owner)), created.get(0).records());
        assertEquals("anna", created.get(0).actor());
        assertEquals("Task No. 7 created: Call the client", created.get(0).text());
        List<EntryDraft> done = EventEntries.entries(TaskEvents.STATUS_CHANGED, event("e5", t, "status", "DONE_AWAITING_CONFIRMATION"), lookup);
        assertEquals(TimelineKinds.TASK_DONE, done.get(0).kind());
        List<EntryDraft> moved = EventEntries.entries(TaskEvents.STATUS_CHANGED, event("e6", t, "status", "IN_PROGRESS"), lookup);
        assertEquals(TimelineKinds.TASK_STATUS, moved.get(0).kind());
    }

    @Test
    public void unknownTopicsAndEventsWithoutSubjectRecordNothing() {
        assertEquals(List.of(), EventEntries.entries("pitstop/contacts/RELATED", event("e7", new RecordRef("contact", owner)), lookup));
        assertEquals(List.of(), EventEntries.entries(ContactEvents.CREATED, Map.of("event.id", "x"), lookup));
    }
}
