package io.pitstop.tasks.impl;

import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.tasks.api.ChecklistItem;
import io.pitstop.tasks.api.DistributionPlan;
import io.pitstop.tasks.api.DistributionRequest;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskQuery;
import io.pitstop.tasks.api.TaskService;
import io.pitstop.tasks.api.TaskStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Tasks on plain JDBC inside {@link Transactions}: a task is a row and its links, written with its audit record
 * and event in one transaction; its number comes from a counter row under that row's lock.
 */
@Component(service = TaskService.class)
public class TaskServiceImpl implements TaskService {
    static final String MODULE = "tasks";
    static final List<String> SCRIPTS = List.of("V001__tasks.sql", "V002__task_people_checklist_reminders.sql");
    /** Where distributed tasks fall due when the request names no zone. */
    static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    /** Absent while the staff bundle is not running: then people are checked for form only. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StaffDirectory staff;

    /** The record types links may name, by type; plugins add theirs by registering a resolver. */
    private final Map<String, RecordResolver> resolvers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResolver(RecordResolver resolver) {
        resolvers.put(resolver.type(), resolver);
    }

    void removeResolver(RecordResolver resolver) {
        resolvers.remove(resolver.type(), resolver);
    }

    @Activate
    void activate() {
        migrations.migrate(MODULE, TaskServiceImpl.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }

    @Override
    public Task create(Actor actor, TaskDraft draft) {
        // milliseconds: both databases keep them, so what create answers equals what a later read finds
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TaskRules.check(draft, now, new TreeSet<>(resolvers.keySet()));
        StaffRules.check(staff, draft);
        checkLinksExist(draft.links(), "links");
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return store(new TaskRows(c), actor, draft, now, null);
            } catch (SQLException e) {
                throw failure("store a task", e);
            }
        });
    }

    /** Writes one checked task with its audit record and event. */
    private Task store(TaskRows rows, Actor actor, TaskDraft draft, Instant now, String distributionKey) throws SQLException {
        Task task = new Task(TaskId.random(), rows.nextNumber(), draft.title(), blankToNull(draft.description()),
                actor.name(), draft.assignee(), draft.deadline(), draft.important(), draft.confirmByCreator(),
                TaskStatus.NEW, draft.links(), now, now, 1, draft.coWorkers(), draft.observers(),
                truncate(draft.reminderAt()), draft.checklist().stream().map(ChecklistItem::open).toList());
        rows.insert(task, distributionKey);
        audit.record(actor, task.id().ref(), "created", null, snapshot(task));
        events.publish(DomainEvent.of(TaskEvents.CREATED, task.id().ref(), Map.of("number", task.number(),
                "assignee", task.assignee(), "status", task.status().name())));
        return task;
    }

    /** Each link must name a record that exists now; all missing ones are reported at once. */
    private void checkLinksExist(List<RecordRef> links, String field) {
        Validation v = new Validation();
        linksExist(v, links, field);
        v.throwIfInvalid();
    }

    private void linksExist(Validation v, List<RecordRef> links, String field) {
        for (int i = 0; i < links.size(); i++) {
            RecordRef link = links.get(i);
            RecordResolver resolver = resolvers.get(link.type());
            // a resolver that left since the form check: its type is unknown now
            boolean exists = resolver != null && resolver.exists(link.id());
            v.require(exists, field + "[" + i + "].id", "no " + link.type() + " with id " + link.id());
        }
    }

    @Override
    public Task get(TaskId id) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return new TaskRows(c).find(id).orElseThrow(() -> new NotFoundException("Task", id));
            } catch (SQLException e) {
                throw failure("read a task", e);
            }
        });
    }

    @Override
    public Task changeStatus(Actor actor, TaskId id, TaskStatus status) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TaskRows rows = new TaskRows(c);
                Task before = rows.find(id).orElseThrow(() -> new NotFoundException("Task", id));
                TaskStatus next = TaskRules.next(before, actor, StaffRules.inGroup(staff, before.assigneeGroup(), actor.name()), status);
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                if (!rows.updateStatus(id, before.version(), next, now)) {
                    throw new ConflictException("The task was changed by someone else; reload and try again");
                }
                Task after = before.withStatus(next, now);
                audit.record(actor, id.ref(), "status", Map.of("status", before.status().name()), Map.of("status", next.name()));
                events.publish(DomainEvent.of(TaskEvents.STATUS_CHANGED, id.ref(), Map.of("number", after.number(),
                        "assignee", after.assignee(), "status", next.name(), "from", before.status().name())));
                return after;
            } catch (SQLException e) {
                throw failure("change a task", e);
            }
        });
    }

    @Override
    public Page<Task> find(TaskQuery query, PageRequest page) {
        TaskQuery q = query == null ? TaskQuery.all() : query;
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return new TaskRows(c).find(q, groupsOf(q.member()), page, Instant.now());
            } catch (SQLException e) {
                throw failure("list tasks", e);
            }
        });
    }

    /** The groups whose tasks are a member's too; none without the staff directory. */
    private List<String> groupsOf(String login) {
        StaffDirectory directory = staff;
        if (login == null || directory == null) {
            return List.of();
        }
        return directory.member(login).filter(StaffMember::active).map(m -> m.groups().stream().sorted().toList()).orElse(List.of());
    }

    @Override
    public Task check(Actor actor, TaskId id, int index, boolean done) {
        return changeChecklist(actor, id, before -> TaskRules.tick(before, actor,
                StaffRules.inGroup(staff, before.assigneeGroup(), actor.name()), index, done, Instant.now().truncatedTo(ChronoUnit.MILLIS)),
                Map.of("index", index, "done", done));
    }

    @Override
    public Task addChecklistItem(Actor actor, TaskId id, String text) {
        Validation v = new Validation();
        TaskRules.checklistText(v, text, "text");
        v.throwIfInvalid();
        return changeChecklist(actor, id, before -> {
            if (!TaskRules.involved(before, actor, StaffRules.inGroup(staff, before.assigneeGroup(), actor.name()))) {
                throw new AccessDeniedException("Only the people of task " + before.number() + " may tick its checklist");
            }
            if (before.checklist().size() >= MAX_CHECKLIST) {
                throw ValidationException.field("checklist", "must hold at most " + MAX_CHECKLIST + " items");
            }
            List<ChecklistItem> items = new ArrayList<>(before.checklist());
            items.add(ChecklistItem.open(text));
            return items;
        }, Map.of("added", text));
    }

    /** Reads the task, lets {@code change} compute its new checklist (or refuse), stores it with audit and event. */
    private Task changeChecklist(Actor actor, TaskId id, java.util.function.Function<Task, List<ChecklistItem>> change,
                                 Map<String, ?> what) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TaskRows rows = new TaskRows(c);
                Task before = rows.find(id).orElseThrow(() -> new NotFoundException("Task", id));
                List<ChecklistItem> items = change.apply(before);
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                if (!rows.updateChecklist(id, before.version(), items, now)) {
                    throw new ConflictException("The task was changed by someone else; reload and try again");
                }
                audit.record(actor, id.ref(), "checklist", null, what);
                events.publish(DomainEvent.of(TaskEvents.CHECKLIST_CHANGED, id.ref(), Map.of("number", before.number(),
                        "assignee", before.assignee(), "status", before.status().name())));
                return before.withChecklist(items, now);
            } catch (SQLException e) {
                throw failure("change a checklist", e);
            }
        });
    }

    @Override
    public Page<AuditEntry> history(TaskId id, PageRequest page) {
        get(id);
        return audit.history(id.ref(), page);
    }

    @Override
    public DistributionPlan plan(Actor actor, DistributionRequest request) {
        if (request == null) {
            throw ValidationException.field("body", "is required");
        }
        ZoneId zone = zone(request);
        StaffDirectory directory = staff;
        DistributionPlan plan = Distribution.plan(request, LocalDate.now(zone), login -> StaffRules.absent(directory, login));
        Validation v = new Validation();
        for (int i = 0; i < request.items().size(); i++) {
            List<RecordRef> links = request.items().get(i).links();
            for (int k = 0; k < links.size(); k++) {
                v.require(resolvers.containsKey(links.get(k).type()), "items[" + i + "].links[" + k + "].type",
                        "must be one of " + String.join(", ", new TreeSet<>(resolvers.keySet())));
            }
            linksExist(v, links, "items[" + i + "].links");
        }
        for (int i = 0; i < request.people().size(); i++) {
            String login = request.people().get(i);
            if (directory != null) {
                // a disabled member is absent, skipped when asked; a login nobody has is a mistake
                v.require(directory.member(login).map(m -> request.skipAbsent() || m.active()).orElse(false), "people[" + i + "]",
                        "no active member of staff " + login);
            }
        }
        v.throwIfInvalid();
        return plan;
    }

    @Override
    public List<Task> distribute(Actor actor, DistributionRequest request, String key) {
        if (key == null || key.isBlank()) {
            throw ValidationException.field("Idempotency-Key", "is required");
        }
        DistributionPlan plan = plan(actor, request);
        String hash = hash(request);
        ZoneId zone = zone(request);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TaskRows rows = new TaskRows(c);
                Optional<String> earlier = rows.distributionHash(key);
                if (earlier.isPresent()) {
                    if (!earlier.get().equals(hash)) {
                        throw new ConflictException("This Idempotency-Key made another distribution");
                    }
                    return rows.distributed(key);
                }
                rows.insertDistribution(key, hash, actor.name(), now);
                List<Task> made = new ArrayList<>();
                for (DistributionPlan.Placement p : plan.placements()) {
                    DistributionRequest.Item item = request.items().get(p.item());
                    Instant due = p.day().plusDays(1).atStartOfDay(zone).minusMinutes(1).toInstant();
                    made.add(store(rows, actor, new TaskDraft(item.title(), item.description(), p.assignee(), due, false,
                            request.confirmByCreator(), item.links()), now, key));
                }
                return made;
            } catch (SQLException e) {
                throw failure("distribute tasks", e);
            }
        });
    }

    private static ZoneId zone(DistributionRequest request) {
        return request.timeZone() == null ? DEFAULT_ZONE : request.timeZone();
    }

    /** What tells a repeat from another request under the same key. */
    static String hash(DistributionRequest request) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static Instant truncate(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Map<String, Object> snapshot(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", t.number());
        m.put("title", t.title());
        if (t.description() != null) {
            m.put("description", t.description());
        }
        m.put("assignee", t.assignee());
        if (t.deadline() != null) {
            m.put("deadline", t.deadline().toString());
        }
        m.put("important", t.important());
        m.put("confirmByCreator", t.confirmByCreator());
        m.put("status", t.status().name());
        m.put("links", t.links().stream().map(RecordRef::toString).toList());
        if (!t.coWorkers().isEmpty()) {
            m.put("coWorkers", t.coWorkers());
        }
        if (!t.observers().isEmpty()) {
            m.put("observers", t.observers());
        }
        if (t.reminderAt() != null) {
            m.put("reminderAt", t.reminderAt().toString());
        }
        if (!t.checklist().isEmpty()) {
            m.put("checklist", t.checklist().stream().map(ChecklistItem::text).toList());
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Tasks cannot " + what + ": " + e.getMessage(), e);
    }
}
