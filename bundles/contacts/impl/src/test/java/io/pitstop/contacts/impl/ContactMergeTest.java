package io.pitstop.contacts.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactMergeParticipant;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.MergePreview;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.contacts.api.Relation;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.impl.TestMigrations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** Merging two contacts: the preview, what moves, what is dropped, and that a failing participant undoes it all. */
public class ContactMergeTest {
    private static final Actor ANNA = new Actor("anna", Set.of(Actor.MANAGER));

    private LocalJpaTemplate jpa;
    private final Recorders.Audit audit = new Recorders.Audit();
    private final Recorders.Events events = new Recorders.Events();
    private final List<ContactMergeParticipant> participants = new CopyOnWriteArrayList<>();
    private ContactServiceImpl service;
    private ContactId kept;
    private ContactId duplicate;
    private ContactId person;

    /** Records of one kind pointing at contacts, kept in memory; moves them or fails on request. */
    private static final class Pointers implements ContactMergeParticipant {
        final String kind;
        final List<ContactId> owners = new ArrayList<>();
        final boolean fails;

        Pointers(String kind, boolean fails, ContactId... owners) {
            this.kind = kind;
            this.fails = fails;
            this.owners.addAll(List.of(owners));
        }

        @Override
        public String kind() {
            return kind;
        }

        @Override
        public int count(ContactId d) {
            return (int) owners.stream().filter(d::equals).count();
        }

        @Override
        public int move(ContactId d, ContactId k) {
            if (fails) {
                throw new IllegalStateException("the " + kind + " store is down");
            }
            int n = count(d);
            owners.replaceAll(o -> o.equals(d) ? k : o);
            return n;
        }
    }

    @Before
    public void setUp() throws Exception {
        String db = "memory:merge-" + UUID.randomUUID();
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(db);
        dataSource.setCreateDatabase("create");
        jpa = new LocalJpaTemplate("jdbc:derby:" + db);
        service = new ContactServiceImpl(jpa, audit, events, TestMigrations.on(dataSource), List.of(), participants);
        kept = org("ООО Ромашка", "7707083893");
        duplicate = org("Ромашка ООО", "7736207543");
        person = service.createPerson(ANNA, new PersonDraft("Иванов", "Иван", null, null, null, null, null, null, null, null))
                .contact().id();
    }

    @After
    public void tearDown() {
        jpa.close();
    }

    private ContactId org(String name, String inn) {
        return service.createOrganization(ANNA, new OrganizationDraft(name, inn, null, null, null, null, null, null, null))
                .contact().id();
    }

    @Test
    public void previewCountsWhatMovesAndChangesNothing() {
        service.relate(ANNA, person, RelationType.EMPLOYEE_OF, duplicate, "директор");
        service.relate(ANNA, person, RelationType.MANAGER_OF, duplicate, null);
        service.relate(ANNA, person, RelationType.MANAGER_OF, kept, null); // the kept one has it already
        participants.add(new Pointers("accounts", false, duplicate, duplicate, kept));
        participants.add(new Pointers("tasks", false, kept));

        MergePreview p = service.mergePreview(kept, duplicate);

        assertEquals(1, p.relations());
        assertEquals(1, p.relationsDropped());
        assertEquals(Map.of("accounts", 2, "tasks", 0), p.moves());
        assertEquals(ContactStatus.ACTIVE, service.get(duplicate).status());
        assertEquals(2, service.relations(duplicate).size());
    }

    @Test
    public void mergeMovesRelationsAndRecordsArchivesTheDuplicateAndTellsSo() {
        service.relate(ANNA, person, RelationType.EMPLOYEE_OF, duplicate, "директор");
        service.relate(ANNA, person, RelationType.MANAGER_OF, kept, null);
        Pointers accounts = new Pointers("accounts", false, duplicate, duplicate);
        participants.add(accounts);

        MergePreview done = service.merge(ANNA, kept, duplicate, "одна и та же фирма");

        assertEquals(1, done.relations());
        assertEquals(Map.of("accounts", 2), done.moves());
        assertEquals(List.of(kept, kept), accounts.owners);
        assertEquals(ContactStatus.ARCHIVED, service.get(duplicate).status());
        assertEquals(kept, service.get(duplicate).mergedInto());
        assertEquals(null, service.get(kept).mergedInto());
        assertEquals(List.of(), service.relations(duplicate));
        List<Relation> ofKept = service.relations(kept);
        assertEquals(2, ofKept.size());
        assertTrue(ofKept.stream().anyMatch(r -> r.type() == RelationType.EMPLOYEE_OF && r.to().equals(kept)
                && "директор".equals(r.position())));
        assertTrue(events.topics().contains(ContactEvents.MERGED));
        assertTrue(audit.actions().contains("MERGE"));
    }

    @Test
    public void aRelationBetweenTheTwoIsDroppedNotTurnedOnItself() {
        ContactId boss = service.createPerson(ANNA, new PersonDraft("Петров", "Пётр", null, null, null, null, null, null, null, null))
                .contact().id();
        service.relate(ANNA, boss, RelationType.MANAGER_OF, kept, null);
        ContactId twin = service.createPerson(ANNA, new PersonDraft("Петров", "Пётр", null, null, null, null, null, null, null, null))
                .contact().id();
        service.relate(ANNA, twin, RelationType.MANAGER_OF, boss, null);

        MergePreview done = service.merge(ANNA, boss, twin, "дубль");

        assertEquals(0, done.relations());
        assertEquals(1, done.relationsDropped());
        assertEquals(1, service.relations(boss).size());
    }

    @Test
    public void aFailingParticipantUndoesTheWholeMerge() {
        service.relate(ANNA, person, RelationType.EMPLOYEE_OF, duplicate, null);
        Pointers accounts = new Pointers("accounts", false, duplicate);
        participants.add(accounts);
        participants.add(new Pointers("tasks", true, duplicate));
        int audited = audit.entries.size();
        int published = events.published.size();
        try {
            service.merge(ANNA, kept, duplicate, "дубль");
            fail("merged although a participant failed");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), String.valueOf(e.getMessage()).contains("tasks")
                    || e.getCause() != null && String.valueOf(e.getCause().getMessage()).contains("tasks"));
        }
        assertEquals(ContactStatus.ACTIVE, service.get(duplicate).status());
        assertEquals(1, service.relations(duplicate).size());
        assertEquals(List.of(), service.relations(kept));
        // the preview still sees the duplicate as mergeable: nothing of the failed merge stayed
        assertEquals(1, service.mergePreview(kept, duplicate).relations());
        assertEquals(audited, audit.entries.size());
        assertEquals(published, events.published.size());
    }

    @Test
    public void refusesTheSameUnknownArchivedOrMergedDuplicateByItsField() {
        assertRefused(() -> service.mergePreview(kept, kept), "duplicate");
        assertRefused(() -> service.merge(ANNA, kept, new ContactId(UUID.randomUUID()), "x"), "duplicate");
        assertRefused(() -> service.merge(ANNA, kept, duplicate, "  "), "reason");
        service.merge(ANNA, kept, duplicate, "дубль");
        assertRefused(() -> service.merge(ANNA, kept, duplicate, "ещё раз"), "duplicate");
        ContactId old = org("Старая фирма", null);
        service.archive(ANNA, old);
        assertRefused(() -> service.mergePreview(kept, old), "duplicate");
        assertRefused(() -> service.mergePreview(old, org("Новая фирма", null)), "id");
        try {
            service.mergePreview(new ContactId(UUID.randomUUID()), duplicate);
            fail("unknown kept contact accepted");
        } catch (NotFoundException expected) {
            // 404: the contact of the path
        }
    }

    private static void assertRefused(Runnable call, String field) {
        try {
            call.run();
            fail("accepted; expected a refusal on " + field);
        } catch (ValidationException e) {
            assertEquals(List.of(field), e.fieldErrors().stream().map(FieldError::field).toList());
        }
    }

    @Test
    public void theKeptContactTakesTheDuplicatesManagersOnlyInLinesItHasNobodyFor() {
        ContactId a = service.createOrganization(ANNA, new OrganizationDraft("ООО Тахограф", MoreInns.INN_A, null, null, null, null,
                null, null, null, List.of(new io.pitstop.contacts.api.Responsible("tachographs", "petrov")))).contact().id();
        ContactId b = service.createOrganization(ANNA, new OrganizationDraft("Тахограф ООО", MoreInns.INN_B, null, null, null, null,
                null, null, null, List.of(new io.pitstop.contacts.api.Responsible("tachographs", "sidorov"),
                        new io.pitstop.contacts.api.Responsible("monitoring", "ivanova")))).contact().id();

        assertEquals(Integer.valueOf(1), service.mergePreview(a, b).moves().get("responsible"));
        service.merge(ANNA, a, b, "дубль");

        assertEquals(List.of(new io.pitstop.contacts.api.Responsible("tachographs", "petrov"),
                new io.pitstop.contacts.api.Responsible("monitoring", "ivanova")), service.get(a).responsible());
        assertEquals("the duplicate keeps its record of who served it", 2, service.get(b).responsible().size());
    }

    /** Two more valid INNs than the fixture uses. */
    private static final class MoreInns {
        static final String INN_A = "7728168971";
        static final String INN_B = "7710140679";
    }
}
