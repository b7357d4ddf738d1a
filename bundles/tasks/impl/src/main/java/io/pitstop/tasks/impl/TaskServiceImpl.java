package io.pitstop.tasks.impl;

import io.pitstop.core.api.Actor;
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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    static final List<String> SCRIPTS = List.of("V001__tasks.sql");

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
        checkLinksExist(draft.links());
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                TaskRows rows = new TaskRows(c);
                Task task = new Task(TaskId.random(), rows.nextNumber(), draft.title(), blankToNull(draft.description()),
                        actor.name(), draft.assignee(), draft.deadline(), draft.important(), draft.confirmByCreator(),
                        TaskStatus.NEW, draft.links(), now, now, 1);
                rows.insert(task);
                audit.record(actor, task.id().ref(), "created", null, snapshot(task));
                events.publish(DomainEvent.of(TaskEvents.CREATED, task.id().ref(), Map.of("number", task.number(),
                        "assignee", task.assignee(), "status", task.status().name())));
                return task;
            } catch (SQLException e) {
                throw failure("store a task", e);
            }
        });
    }

    /** Each link must name a record that exists now; all missing ones are reported at once. */
    private void checkLinksExist(List<RecordRef> links) {
        Validation v = new Validation();
        for (int i = 0; i < links.size(); i++) {
            RecordRef link = links.get(i);
            RecordResolver resolver = resolvers.get(link.type());
            // a resolver that left since the form check: its type is unknown now
            boolean exists = resolver != null && resolver.exists(link.id());
            v.require(exists, "links[" + i + "].id", "no " + link.type() + " with id " + link.id());
        }
        v.throwIfInvalid();
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
                TaskStatus next = TaskRules.next(before, actor, status);
                Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                if (!rows.updateStatus(id, before.version(), next, now)) {
                    throw new ConflictException("The task was changed by someone else; reload and try again");
                }
                Task after = new Task(before.id(), before.number(), before.title(), before.description(), before.creator(),
                        before.assignee(), before.deadline(), before.important(), before.confirmByCreator(), next,
                        before.links(), before.createdAt(), now, before.version() + 1);
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
                return new TaskRows(c).find(q, page, Instant.now());
            } catch (SQLException e) {
                throw failure("list tasks", e);
            }
        });
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
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Tasks cannot " + what + ": " + e.getMessage(), e);
    }
}
