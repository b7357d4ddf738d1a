package io.pitstop.timeline.impl;

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
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.Validation;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.timeline.api.Comment;
import io.pitstop.timeline.api.CommentEvents;
import io.pitstop.timeline.api.CommentService;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineKinds;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Comments on plain JDBC inside {@link Transactions}: each write stores the row, an audit record, its events and its
 * timeline entry in one transaction. The timeline entry of a comment is found again by its source key
 * {@code comment:<id>}, so an edit shows the new text there and a deletion removes it.
 */
@Component(service = CommentService.class, configurationPid = "io.pitstop.comments")
@Designate(ocd = CommentServiceImpl.Config.class)
public class CommentServiceImpl implements CommentService {

    @ObjectClassDefinition(name = "Pitstop comments")
    public @interface Config {
        @AttributeDefinition(description = "Minutes after writing a comment during which its author may change it")
        int editWindowMinutes() default 15;
    }

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private AuditService audit;

    @Reference
    private DomainEvents events;

    @Reference
    private Timeline timeline;

    /** When the staff directory runs, only its logins are mentions; before it exists any login-shaped name is. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staff;

    /** The record types comments may hang on, by type; plugins add theirs by registering a resolver. */
    private final Map<String, RecordResolver> resolvers = new ConcurrentHashMap<>();

    private volatile Duration editWindow = Duration.ofMinutes(15);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResolver(RecordResolver resolver) {
        resolvers.put(resolver.type(), resolver);
    }

    void removeResolver(RecordResolver resolver) {
        resolvers.remove(resolver.type(), resolver);
    }

    @Activate
    @Modified
    void configure(Config config) {
        if (config.editWindowMinutes() < 0) {
            throw new IllegalArgumentException("editWindowMinutes of io.pitstop.comments must not be negative: " + config.editWindowMinutes());
        }
        editWindow = Duration.ofMinutes(config.editWindowMinutes());
    }

    @Override
    public Comment add(Actor actor, RecordRef record, String text) {
        checkRecord(record);
        CommentRules.checkText(text);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Comment c = new Comment(UUID.randomUUID(), record, actor.name(), text, CommentRules.mentions(text, this::isStaff), now,
                null, null, null, 1);
        return transactions.required(() -> {
            try (Connection conn = dataSource.getConnection()) {
                new CommentRows(conn).insert(c);
            } catch (SQLException e) {
                throw failure("store a comment", e);
            }
            audit.record(actor, c.ref(), "created", null, snapshot(c));
            publish(CommentEvents.CREATED, c);
            mentioned(c, List.of());
            timeline.record(new EntryDraft(TimelineKinds.COMMENT, List.of(record), actor.name(), now, entryText(c), c.ref(), sourceKey(c)));
            return c;
        });
    }

    /** The type must be one some resolver answers for, the record must exist now; each refusal names its field. */
    private void checkRecord(RecordRef record) {
        RecordResolver resolver = resolvers.get(record.type());
        Validation v = new Validation();
        v.require(resolver != null, "recordType", "must be a type of record that can be commented on: " + new java.util.TreeSet<>(resolvers.keySet()));
        v.throwIfInvalid();
        v.require(resolver.exists(record.id()), "recordId", "no " + record.type() + " with id " + record.id());
        v.throwIfInvalid();
    }

    @Override
    public Page<Comment> find(RecordRef record, PageRequest page) {
        return transactions.required(() -> {
            try (Connection conn = dataSource.getConnection()) {
                return new CommentRows(conn).find(record, page);
            } catch (SQLException e) {
                throw failure("list comments", e);
            }
        });
    }

    @Override
    public Comment get(UUID id) {
        return transactions.required(() -> read(id));
    }

    private Comment read(UUID id) {
        try (Connection conn = dataSource.getConnection()) {
            return new CommentRows(conn).find(id).orElseThrow(() -> new NotFoundException("Comment", id));
        } catch (SQLException e) {
            throw failure("read a comment", e);
        }
    }

    @Override
    public Comment edit(Actor actor, UUID id, String text) {
        CommentRules.checkText(text);
        return transactions.required(() -> {
            Comment before = read(id);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            CommentRules.checkEdit(before, actor, now, editWindow);
            Comment after = new Comment(before.id(), before.record(), before.author(), text, CommentRules.mentions(text, this::isStaff),
                    before.createdAt(), now, null, null, before.version() + 1);
            store(after, before.version());
            audit.record(actor, after.ref(), "edited", Map.of("text", before.text()), Map.of("text", text));
            publish(CommentEvents.EDITED, after);
            mentioned(after, before.mentions());
            timeline.revise(sourceKey(after), entryText(after));
            return after;
        });
    }

    @Override
    public Comment delete(Actor actor, UUID id) {
        return transactions.required(() -> {
            Comment before = read(id);
            CommentRules.checkDelete(before, actor);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Comment after = new Comment(before.id(), before.record(), before.author(), null, List.of(), before.createdAt(),
                    before.editedAt(), actor.name(), now, before.version() + 1);
            store(after, before.version());
            // the text goes from the row, not from the audit trail: who wrote what stays provable
            audit.record(actor, after.ref(), "deleted", Map.of("text", before.text()), Map.of("deletedBy", actor.name()));
            publish(CommentEvents.DELETED, after);
            timeline.revise(sourceKey(after), "Comment by " + after.author() + " (deleted)");
            timeline.record(new EntryDraft(TimelineKinds.COMMENT_DELETED, List.of(after.record()), actor.name(), now,
                    actor.name() + " deleted a comment by " + after.author(), after.ref(), null));
            return after;
        });
    }

    private void store(Comment after, long readVersion) {
        try (Connection conn = dataSource.getConnection()) {
            if (!new CommentRows(conn).update(after, readVersion)) {
                throw new ConflictException("The comment was changed by someone else; reload and try again", after.id().toString());
            }
        } catch (SQLException e) {
            throw failure("change a comment", e);
        }
    }

    private boolean isStaff(String login) {
        StaffDirectory directory = staff;
        return directory == null || directory.member(login).isPresent();
    }

    /** One event per user named for the first time (an edit does not tell those named before again). */
    private void mentioned(Comment c, List<String> before) {
        for (String login : c.mentions()) {
            if (!before.contains(login)) {
                Map<String, Object> props = props(c);
                props.put("login", login);
                events.publish(DomainEvent.of(CommentEvents.MENTIONED, c.ref(), props));
            }
        }
    }

    private void publish(String topic, Comment c) {
        events.publish(DomainEvent.of(topic, c.ref(), props(c)));
    }

    private static Map<String, Object> props(Comment c) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("recordType", c.record().type());
        props.put("recordId", c.record().id().toString());
        props.put("author", c.author());
        return props;
    }

    private static Map<String, Object> snapshot(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", c.record().toString());
        m.put("text", c.text());
        m.put("mentions", c.mentions());
        return m;
    }

    static String sourceKey(Comment c) {
        return "comment:" + c.id();
    }

    private static String entryText(Comment c) {
        return c.author() + " commented: " + CommentRules.excerpt(c.text());
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Comments cannot " + what + ": " + e.getMessage(), e);
    }
}
