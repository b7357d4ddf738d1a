package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactMergeParticipant;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactRules;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.ContactUsage;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.MergePreview;
import io.pitstop.contacts.api.OrganizationDraft;
import io.pitstop.contacts.api.PersonDraft;
import io.pitstop.contacts.api.Relation;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.contacts.api.SavedContact;
import io.pitstop.contacts.impl.jpa.ContactEntity;
import io.pitstop.contacts.impl.jpa.RelationEntity;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.BusinessRuleException;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.StaffDirectory;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import io.pitstop.contacts.api.Responsible;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import javax.persistence.OptimisticLockException;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Contacts on OpenJPA over the shared JTA DataSource. Each call is one
 * transaction (joining the caller's when there is one), in which the change,
 * its audit record and its domain event are written together or not at all.
 * Drafts are validated before the transaction starts, so invalid input never
 * reaches the database.
 */
@Component(service = ContactService.class, immediate = true)
public class ContactServiceImpl implements ContactService {
    static final String MODULE = "contacts";
    static final String SCRIPT_FOLDER = "db/contacts";
    static final List<String> SCRIPTS = List.of("V001__contacts.sql", "V002__contact_word_index.sql",
            "V003__contact_inn_unique.sql", "V004__contact_merged_into.sql", "V005__contact_responsible.sql");
    static final String TOPIC = ContactEvents.PREFIX;
    static final int MAX_POSITION = 200;
    static final int MAX_REASON = 1000;

    @Reference(target = "(osgi.unit.name=pitstop-contacts)")
    private JpaTemplate jpa;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    @Reference
    private SchemaMigrations migrations;

    /** Responsible staff must be active members; absent only in unit tests that give no directory. */
    @Reference
    private StaffDirectory staff;

    /**
     * Bundles that refer to contacts; they come and go with their features. Held as service objects
     * and taken only when a contact is deleted: a usage (accounts) needs this service itself, and
     * taking it while this component starts would be a cycle that the framework reports as an error.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ComponentServiceObjects<ContactUsage>> usages = List.of();

    /**
     * Bundles whose records move when two contacts merge. None of them calls this service while it is asked, so a
     * plain dynamic list does.
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ContactMergeParticipant> participants = List.of();

    public ContactServiceImpl() {
    }

    ContactServiceImpl(JpaTemplate jpa, AuditService audit, DomainEvents events, SchemaMigrations migrations,
                       List<ComponentServiceObjects<ContactUsage>> usages) {
        this(jpa, audit, events, migrations, usages, List.of());
    }

    ContactServiceImpl(JpaTemplate jpa, AuditService audit, DomainEvents events, SchemaMigrations migrations,
                       List<ComponentServiceObjects<ContactUsage>> usages, List<ContactMergeParticipant> participants) {
        this.participants = participants;
        this.jpa = jpa;
        this.audit = audit;
        this.events = events;
        this.migrations = migrations;
        this.usages = usages;
        activate();
    }

    ContactServiceImpl(JpaTemplate jpa, AuditService audit, DomainEvents events, SchemaMigrations migrations,
                       List<ComponentServiceObjects<ContactUsage>> usages, StaffDirectory staff) {
        this(jpa, audit, events, migrations, usages);
        this.staff = staff;
    }

    /** Immediate, so the tables exist before the first caller, who may already be inside a transaction. */
    @Activate
    void activate() {
        migrations.migrate(MODULE, ContactServiceImpl.class.getClassLoader(), SCRIPT_FOLDER, SCRIPTS);
    }

    // --- create and change ------------------------------------------------------------------------------------

    @Override
    public SavedContact createOrganization(Actor actor, OrganizationDraft draft) {
        ContactData data = staffed(Drafts.organization(draft));
        return tx(store -> create(store, actor, data));
    }

    @Override
    public SavedContact createPerson(Actor actor, PersonDraft draft) {
        ContactData data = staffed(Drafts.person(draft));
        return tx(store -> create(store, actor, data));
    }

    @Override
    public SavedContact updateOrganization(Actor actor, ContactId id, OrganizationDraft draft, long expectedVersion) {
        ContactData data = staffed(Drafts.organization(draft));
        return tx(store -> update(store, actor, id, data, expectedVersion));
    }

    @Override
    public SavedContact updatePerson(Actor actor, ContactId id, PersonDraft draft, long expectedVersion) {
        ContactData data = staffed(Drafts.person(draft));
        return tx(store -> update(store, actor, id, data, expectedVersion));
    }

    /**
     * Found by INN; without an INN in the draft, or when no contact holds it,
     * by exact name among organisations that have no other INN. A found
     * organisation takes the draft's values merged over its own
     * ({@link ContactData#mergedWith}), so an import never erases what staff typed.
     */
    @Override
    public SavedContact upsertOrganization(Actor actor, OrganizationDraft draft) {
        ContactData data = staffed(Drafts.organization(draft));
        return tx(store -> {
            ContactEntity found = data.inn() == null ? null : store.innHolder(data.inn(), null);
            if (found == null) {
                List<ContactEntity> named = store.organizationsNamed(data.nameKey()).stream()
                        .filter(c -> data.inn() == null || c.getInn() == null).toList();
                if (named.size() > 1) {
                    throw new ConflictException("Several organisations are named '" + data.name()
                            + "'; give the INN to say which one", named.get(0).getId());
                }
                found = named.isEmpty() ? null : named.get(0);
            }
            if (found == null) {
                return create(store, actor, data);
            }
            if (!ContactKind.ORGANIZATION.name().equals(found.getKind())) {
                throw new ConflictException("INN " + data.inn() + " belongs to the person '" + found.getName() + "'", found.getId());
            }
            ContactData merged = Drafts.organization(ContactData.of(store.contact(found)).mergedWith(data));
            return replace(store, actor, found, merged);
        });
    }

    /**
     * The data with each responsible login checked against the staff directory: an unknown or disabled member is
     * refused by its place ({@code responsible[1].login}), so no client is left with a manager who cannot work.
     */
    private ContactData staffed(ContactData data) {
        if (data.responsible() == null || staff == null) {
            return data;
        }
        List<io.pitstop.core.api.FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i < data.responsible().size(); i++) {
            String login = data.responsible().get(i).login();
            if (staff.member(login).filter(io.pitstop.core.api.staff.StaffMember::active).isEmpty()) {
                errors.add(new io.pitstop.core.api.FieldError("responsible[" + i + "].login", "is no active staff member"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return data;
    }

    private SavedContact create(ContactStore store, Actor actor, ContactData given) {
        ContactData data = given.keeping(List.of());
        requireFreeInn(store, data.inn(), null);
        Timestamp now = now();
        ContactEntity row = new ContactEntity();
        row.setId(UUID.randomUUID().toString());
        row.setStatus(ContactStatus.ACTIVE.name());
        row.setCreatedAt(now);
        store.insert(row, data, now);
        store.flushClaiming(data.inn());
        Contact saved = store.contact(row);
        audit.record(actor, saved.id().ref(), "CREATE", null, data.snapshot());
        publish("CREATED", saved, actor);
        return new SavedContact(saved, store.duplicates(data.phones(), data.emails(), row.getId()));
    }

    private SavedContact update(ContactStore store, Actor actor, ContactId id, ContactData data, long expectedVersion) {
        ContactEntity row = existing(store, id);
        if (!row.getKind().equals(data.kind().name())) {
            throw new BusinessRuleException("contact-kind", "Contact " + id + " is " + describe(row.getKind())
                    + ", not " + describe(data.kind().name()) + "; change it through the matching endpoint");
        }
        if (expectedVersion >= 0 && row.getVersion() != expectedVersion) {
            throw stale(id, row.getVersion(), expectedVersion);
        }
        return replace(store, actor, row, data);
    }

    /** Stores the data over the row unless nothing changes, in which case nothing is written, audited or raised. */
    private SavedContact replace(ContactStore store, Actor actor, ContactEntity row, ContactData given) {
        requireFreeInn(store, given.inn(), row.getId());
        Contact before = store.contact(row);
        ContactData data = given.keeping(before.responsible());
        ContactData old = ContactData.of(before);
        Contact after = before;
        if (!old.equals(data)) {
            store.update(row, data, now());
            store.flushClaiming(data.inn());
            after = store.contact(row);
            audit.record(actor, after.id().ref(), "UPDATE", old.snapshot(), data.snapshot());
            publish("UPDATED", after, actor);
        }
        return new SavedContact(after, store.duplicates(data.phones(), data.emails(), row.getId()));
    }

    private static void requireFreeInn(ContactStore store, String inn, String self) {
        if (inn == null) {
            return;
        }
        ContactEntity holder = store.innHolder(inn, self);
        if (holder != null) {
            throw new ConflictException("INN " + inn + " already belongs to " + describe(holder.getKind()) + " '"
                    + holder.getName() + "' (" + holder.getId() + ")", holder.getId());
        }
    }

    // --- status and removal -----------------------------------------------------------------------------------

    @Override
    public Contact archive(Actor actor, ContactId id) {
        return changeStatus(actor, id, ContactStatus.ARCHIVED, "ARCHIVE", "ARCHIVED");
    }

    @Override
    public Contact restore(Actor actor, ContactId id) {
        return changeStatus(actor, id, ContactStatus.ACTIVE, "RESTORE", "RESTORED");
    }

    /** Archiving an archived contact (or restoring an active one) is a no-op, not an error: the outcome is what was asked. */
    private Contact changeStatus(Actor actor, ContactId id, ContactStatus status, String action, String event) {
        return tx(store -> {
            ContactEntity row = existing(store, id);
            String old = row.getStatus();
            if (old.equals(status.name())) {
                return store.contact(row);
            }
            store.changeStatus(row, status, now());
            store.flush();
            Contact changed = store.contact(row);
            audit.record(actor, id.ref(), action, Map.of("status", old), Map.of("status", status.name()));
            publish(event, changed, actor);
            return changed;
        });
    }

    @Override
    public void delete(Actor actor, ContactId id) {
        tx(store -> {
            ContactEntity row = existing(store, id);
            List<String> uses = new ArrayList<>();
            for (ComponentServiceObjects<ContactUsage> held : usages) {
                ContactUsage usage = held.getService();
                if (usage == null) {
                    continue; // its bundle is going away
                }
                try {
                    usage.usedBy(id).ifPresent(uses::add);
                } finally {
                    held.ungetService(usage);
                }
            }
            if (!uses.isEmpty()) {
                throw new ConflictException("Contact '" + row.getName() + "' is in use and cannot be deleted (archive it instead): "
                        + String.join("; ", uses));
            }
            Contact before = store.contact(row);
            store.delete(row);
            store.flush();
            audit.record(actor, id.ref(), "DELETE", ContactData.of(before).snapshot(), null);
            publish("DELETED", before, actor);
            return null;
        });
    }

    // --- relations --------------------------------------------------------------------------------------------

    @Override
    public Relation relate(Actor actor, ContactId from, RelationType type, ContactId to, String position) {
        Checks v = new Checks();
        if (type == null) {
            v.error("type", "is required: one of " + List.of(RelationType.values()));
        }
        if (to == null) {
            v.error("to", "is required");
        } else if (to.equals(from)) {
            v.error("to", "must be another contact: a contact cannot relate to itself");
        }
        String title = v.line(position, "position", MAX_POSITION, false);
        v.throwIfInvalid();
        return tx(store -> {
            ContactEntity source = existing(store, from);
            ContactEntity target = store.find(to);
            if (target == null) {
                throw ValidationException.field("to", "no contact has the id " + to);
            }
            requireKinds(type, source, target);
            RelationEntity same = store.relation(from.toString(), type, to.toString());
            if (same != null) {
                throw new ConflictException("'" + source.getName() + "' is already " + type + " '" + target.getName() + "'", same.getId());
            }
            RelationEntity row = new RelationEntity(UUID.randomUUID().toString(), from.toString(), type.name(), to.toString(),
                    title, now());
            store.persist(row);
            store.flush();
            Relation relation = ContactStore.relation(row);
            audit.record(actor, from.ref(), "RELATE", null, relationSnapshot(relation, target.getName()));
            publishRelation(relation, "added", actor);
            return relation;
        });
    }

    /** Who may stand in which relation: only persons are employees or personal managers. */
    private static void requireKinds(RelationType type, ContactEntity from, ContactEntity to) {
        boolean person = ContactKind.PERSON.name().equals(from.getKind());
        if (type == RelationType.EMPLOYEE_OF && !(person && ContactKind.ORGANIZATION.name().equals(to.getKind()))) {
            throw ValidationException.field("type", "EMPLOYEE_OF links a person to an organisation, but '" + from.getName()
                    + "' is " + describe(from.getKind()) + " and '" + to.getName() + "' is " + describe(to.getKind()));
        }
        if (type == RelationType.MANAGER_OF && !person) {
            throw ValidationException.field("type", "MANAGER_OF needs a person as the manager, but '" + from.getName()
                    + "' is " + describe(from.getKind()));
        }
    }

    @Override
    public void unrelate(Actor actor, UUID relationId) {
        tx(store -> {
            RelationEntity row = store.relation(relationId);
            if (row == null) {
                throw new NotFoundException("relation", relationId);
            }
            Relation relation = ContactStore.relation(row);
            ContactEntity target = store.find(relation.to());
            store.remove(row);
            store.flush();
            audit.record(actor, relation.from().ref(), "UNRELATE", relationSnapshot(relation, target.getName()), null);
            publishRelation(relation, "removed", actor);
            return null;
        });
    }

    @Override
    public List<Relation> relations(ContactId id) {
        return tx(store -> {
            existing(store, id);
            return store.relationRows(id.toString()).stream().map(ContactStore::relation).toList();
        });
    }

    private static Map<String, Object> relationSnapshot(Relation r, String toName) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("relationId", r.id().toString());
        m.put("type", r.type().name());
        m.put("to", r.to().toString());
        m.put("toName", toName);
        if (r.position() != null) {
            m.put("position", r.position());
        }
        return m;
    }

    // --- merging two contacts -----------------------------------------------------------------------------------

    @Override
    public MergePreview mergePreview(ContactId kept, ContactId duplicate) {
        requirePair(kept, duplicate);
        return tx(store -> {
            Pair pair = pair(store, kept, duplicate);
            Map<String, Integer> moves = new LinkedHashMap<>();
            int staff = inherited(store.contact(pair.kept()).responsible(), store.contact(pair.duplicate()).responsible()).size();
            if (staff > 0) {
                moves.put(RESPONSIBLE, staff);
            }
            for (ContactMergeParticipant p : participants) {
                moves.merge(p.kind(), p.count(duplicate), Integer::sum);
            }
            return new MergePreview(kept, duplicate, pair.relations().moved().size(), pair.relations().dropped().size(), moves);
        });
    }

    @Override
    public MergePreview merge(Actor actor, ContactId kept, ContactId duplicate, String reason) {
        requirePair(kept, duplicate);
        Checks v = new Checks();
        String why = v.line(reason, "reason", MAX_REASON, true);
        v.throwIfInvalid();
        return tx(store -> {
            Pair pair = pair(store, kept, duplicate);
            // the duplicate first: from here on a refusal, a participant's included, rolls everything back
            store.changeStatus(pair.duplicate(), ContactStatus.ARCHIVED, now());
            pair.duplicate().setMergedInto(kept.toString());
            for (RelationEntity r : pair.relations().dropped()) {
                store.remove(r);
            }
            store.flush();
            for (RelationEntity r : pair.relations().moved()) {
                r.setEnds(repoint(r.getFromId(), duplicate, kept), repoint(r.getToId(), duplicate, kept));
            }
            store.flush();
            Map<String, Integer> moves = new LinkedHashMap<>();
            List<Responsible> keptStaff = store.contact(pair.kept()).responsible();
            List<Responsible> handedOver = inherited(keptStaff, store.contact(pair.duplicate()).responsible());
            if (!handedOver.isEmpty()) {
                List<Responsible> all = new ArrayList<>(keptStaff);
                all.addAll(handedOver);
                store.setResponsible(kept.toString(), all);
                store.flush();
                moves.put(RESPONSIBLE, handedOver.size());
            }
            for (ContactMergeParticipant p : participants) {
                moves.merge(p.kind(), p.move(duplicate, kept), Integer::sum);
            }
            MergePreview done = new MergePreview(kept, duplicate, pair.relations().moved().size(),
                    pair.relations().dropped().size(), moves);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("kept", kept.toString());
            record.put("keptName", pair.kept().getName());
            record.put("duplicate", duplicate.toString());
            record.put("duplicateName", pair.duplicate().getName());
            record.put("reason", why);
            record.put("relations", done.relations());
            record.put("relationsDropped", done.relationsDropped());
            record.put("moves", done.moves());
            audit.record(actor, kept.ref(), "MERGE", null, record);
            audit.record(actor, duplicate.ref(), "MERGED_INTO", Map.of("status", ContactStatus.ACTIVE.name()), record);
            Contact keptNow = store.contact(pair.kept());
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("merged", duplicate.toString());
            props.put("actor", actor.name());
            props.put("reason", why);
            events.publish(DomainEvent.of(ContactEvents.MERGED, keptNow.id().ref(), props));
            publish("ARCHIVED", store.contact(pair.duplicate()), actor);
            return done;
        });
    }

    /** The key of the merge preview's count of responsible staff handed to the contact kept. */
    static final String RESPONSIBLE = "responsible";

    /**
     * The duplicate's responsible staff the kept contact takes over: those of every business line in which the kept
     * contact has nobody (a line the kept contact covers stays as it is: its manager was chosen for it), in the
     * duplicate's order. The duplicate keeps its own list, archived with it, as the record of who served it.
     */
    static List<Responsible> inherited(List<Responsible> kept, List<Responsible> duplicate) {
        Set<String> covered = new HashSet<>();
        kept.forEach(r -> covered.add(r.line()));
        return duplicate.stream().filter(r -> !covered.contains(r.line())).distinct().toList();
    }

    private static void requirePair(ContactId kept, ContactId duplicate) {
        Objects.requireNonNull(kept, "kept");
        if (duplicate == null) {
            throw ValidationException.field("duplicate", "is required: the contact to merge into this one");
        }
        if (duplicate.equals(kept)) {
            throw ValidationException.field("duplicate", "must be another contact: a contact cannot be merged into itself");
        }
    }

    /** The two contacts, both active; the duplicate refused by its field, the kept one by its id. */
    private static Pair pair(ContactStore store, ContactId kept, ContactId duplicate) {
        ContactEntity k = existing(store, kept);
        ContactEntity d = store.find(duplicate);
        if (d == null) {
            throw ValidationException.field("duplicate", "no contact has the id " + duplicate);
        }
        if (d.getMergedInto() != null) {
            throw ValidationException.field("duplicate", "was merged into " + d.getMergedInto() + " already");
        }
        if (ContactStatus.ARCHIVED.name().equals(d.getStatus())) {
            throw ValidationException.field("duplicate", "is archived: restore it before merging it");
        }
        if (ContactStatus.ARCHIVED.name().equals(k.getStatus())) {
            throw ValidationException.field("id", "is archived: restore the contact to keep before merging into it");
        }
        return new Pair(k, d, Moves.of(store.relationRows(duplicate.toString()), store.relationRows(kept.toString()),
                duplicate.toString(), kept.toString()));
    }

    private static String repoint(String end, ContactId from, ContactId to) {
        return end.equals(from.toString()) ? to.toString() : end;
    }

    private record Pair(ContactEntity kept, ContactEntity duplicate, Moves relations) {
    }

    /**
     * The duplicate's relations split into those that move and those dropped: a relation between the two would
     * relate the kept contact to itself, and one the kept contact has already would be there twice.
     */
    record Moves(List<RelationEntity> moved, List<RelationEntity> dropped) {
        static Moves of(List<RelationEntity> ofDuplicate, List<RelationEntity> ofKept, String duplicate, String kept) {
            java.util.Set<String> existing = new java.util.HashSet<>();
            for (RelationEntity r : ofKept) {
                existing.add(r.getFromId() + "|" + r.getType() + "|" + r.getToId());
            }
            List<RelationEntity> moved = new ArrayList<>();
            List<RelationEntity> dropped = new ArrayList<>();
            for (RelationEntity r : ofDuplicate) {
                String from = r.getFromId().equals(duplicate) ? kept : r.getFromId();
                String to = r.getToId().equals(duplicate) ? kept : r.getToId();
                if (from.equals(to) || !existing.add(from + "|" + r.getType() + "|" + to)) {
                    dropped.add(r);
                } else {
                    moved.add(r);
                }
            }
            return new Moves(moved, dropped);
        }
    }

    // --- reading ----------------------------------------------------------------------------------------------

    @Override
    public Contact get(ContactId id) {
        Objects.requireNonNull(id, "id");
        return tx(store -> store.contact(existing(store, id)));
    }

    @Override
    public Page<Contact> search(ContactQuery query, PageRequest page) {
        ContactQuery q = query == null ? ContactQuery.all() : query;
        return tx(store -> {
            Page<ContactEntity> rows = store.search(q, page);
            return new Page<>(store.contacts(rows.items()), rows.total(), rows.offset(), rows.limit());
        });
    }

    @Override
    public List<Contact> find(ContactQuery query, PageRequest page) {
        ContactQuery q = query == null ? ContactQuery.all() : query;
        return tx(store -> store.contacts(store.find(q, page)));
    }

    @Override
    public long count(ContactQuery query) {
        ContactQuery q = query == null ? ContactQuery.all() : query;
        return tx(store -> store.count(q));
    }

    @Override
    public List<DuplicateHint> possibleDuplicates(List<String> phones, List<String> emails, ContactId except) {
        Checks v = new Checks();
        List<String> p = v.list(phones == null ? List.of() : phones, "phones", Drafts.MAX_PHONES, ContactRules::phone);
        List<String> e = v.list(emails == null ? List.of() : emails, "emails", Drafts.MAX_EMAILS, ContactRules::email);
        v.throwIfInvalid();
        if (p.isEmpty() && e.isEmpty()) {
            return List.of();
        }
        return tx(store -> store.duplicates(p, e, except == null ? null : except.toString()));
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    /**
     * One transaction around the work. A refusal (bad input, conflict, not
     * found) raised before anything was written leaves the transaction
     * normally and is thrown afterwards: the container would otherwise log
     * every 404 as a rollback with a stack trace, and would doom a caller's
     * transaction that means to handle the refusal. A refusal after a write,
     * and any other failure, rolls back. A version clash found while
     * flushing is the caller's stale data, a 409.
     */
    @SuppressWarnings("unchecked")
    private <R> R tx(Function<ContactStore, R> work) {
        Object outcome;
        try {
            outcome = jpa.txExpr(TransactionType.Required, em -> {
                ContactStore store = new ContactStore(em);
                try {
                    return work.apply(store);
                } catch (PitstopException refusal) {
                    if (store.hasWritten()) {
                        throw refusal;
                    }
                    return new Refusal(refusal);
                }
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof OptimisticLockException) {
                    throw new ConflictException("The contact was changed by someone else at the same time; reload it and try again");
                }
            }
            throw e;
        }
        if (outcome instanceof Refusal) {
            throw ((Refusal) outcome).reason();
        }
        return (R) outcome;
    }

    /** A refusal carried out of a transaction that wrote nothing. */
    private record Refusal(PitstopException reason) {
    }

    private static ContactEntity existing(ContactStore store, ContactId id) {
        ContactEntity row = store.find(id);
        if (row == null) {
            throw new NotFoundException(ContactId.TYPE, id);
        }
        return row;
    }

    private static ConflictException stale(ContactId id, long current, long expected) {
        return new ConflictException("Contact " + id + " was changed since you read it (version " + current + ", yours "
                + expected + "); reload it and apply your change again", id.toString());
    }

    private void publish(String action, Contact c, Actor actor) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("kind", c.kind().name());
        props.put("name", c.name());
        props.put("status", c.status().name());
        props.put("version", c.version());
        props.put("actor", actor.name());
        if (c.inn() != null) {
            props.put("inn", c.inn());
        }
        events.publish(DomainEvent.of(TOPIC + action, c.id().ref(), props));
    }

    private void publishRelation(Relation r, String change, Actor actor) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("relationId", r.id().toString());
        props.put("type", r.type().name());
        props.put("from", r.from().toString());
        props.put("to", r.to().toString());
        props.put("change", change);
        props.put("actor", actor.name());
        events.publish(DomainEvent.of(TOPIC + "RELATED", new RecordRef(ContactId.TYPE, r.from().value()), props));
    }

    private static String describe(String kind) {
        return ContactKind.PERSON.name().equals(kind) ? "a person" : "an organisation";
    }

    /** Milliseconds only: both databases keep them, so what a write returns equals what a read returns later. */
    private static Timestamp now() {
        return Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
