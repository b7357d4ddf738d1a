package io.pitstop.attachments.impl;

import io.pitstop.attachments.api.Attachment;
import io.pitstop.attachments.api.AttachmentEvents;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.attachments.api.UnacceptableFileException;
import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.timeline.api.EntryDraft;
import io.pitstop.timeline.api.Timeline;
import io.pitstop.timeline.api.TimelineKinds;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Attachments in the database (plain JDBC inside {@link Transactions}): everything two servers on one PostgreSQL
 * need is in the shared tables, so either server serves every file. An upload is first streamed to a temporary
 * file while its hash, size and leading bytes are taken, so nothing is written before the file passed every check
 * and no more than the limit is ever read; then its content is stored unless an equal one already is.
 */
@Component(service = AttachmentService.class, configurationPid = "io.pitstop.attachments")
@Designate(ocd = AttachmentServiceImpl.Config.class)
public class AttachmentServiceImpl implements AttachmentService {
    static final String MODULE = "attachments";
    static final List<String> SCRIPTS = List.of("V001__attachments.sql");
    static final String TYPE = "attachment";

    @ObjectClassDefinition(name = "Pitstop attachments")
    public @interface Config {
        @AttributeDefinition(description = "Largest file accepted, in bytes (default 20 MB)")
        long maxBytes() default Limits.DEFAULT_MAX_BYTES;

        @AttributeDefinition(description = "Media types accepted, as read from the content")
        String[] allowedTypes() default {"application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp",
                "text/plain", "text/csv", "application/json", "application/zip",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
                "application/msword", "application/vnd.ms-excel"};
    }

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

    /** Attach and detach show on the record's timeline, written in the same transaction as the link. */
    @Reference
    private Timeline timeline;

    /** The record types files may hang on, by type; plugins add theirs by registering a resolver. */
    private final Map<String, RecordResolver> resolvers = new ConcurrentHashMap<>();

    private volatile Limits limits;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addResolver(RecordResolver resolver) {
        resolvers.put(resolver.type(), resolver);
    }

    void removeResolver(RecordResolver resolver) {
        resolvers.remove(resolver.type(), resolver);
    }

    @Activate
    @Modified
    void activate(Config config) {
        limits = Limits.of(config.maxBytes(), config.allowedTypes());
        migrations.migrate(MODULE, AttachmentServiceImpl.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }

    @Override
    public long maxBytes() {
        return limits.maxBytes();
    }

    @Override
    public Set<String> allowedTypes() {
        return limits.allowedTypes();
    }

    @Override
    public Attachment attach(Actor actor, RecordRef record, String name, String declaredType, InputStream content) {
        String fileName = FileNames.check(name, "name");
        readable(actor, record, true);
        Limits l = limits;
        Path spool = null;
        try {
            spool = Files.createTempFile("pitstop-attachment-", ".part");
            Upload upload = Upload.spool(content, spool, l.maxBytes());
            String mediaType = l.check(upload, fileName, declaredType);
            Path file = spool;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Attachment a = new Attachment(UUID.randomUUID(), record, fileName, mediaType, upload.size(), upload.sha256(),
                    actor.name(), now);
            return transactions.required(() -> {
                try (Connection c = dataSource.getConnection()) {
                    AttachmentRows rows = new AttachmentRows(c);
                    // the record may have gone since the first look; checked again where the link is written
                    readable(actor, record, false);
                    rows.storeContent(a.sha256(), a.size(), file, now);
                    rows.insert(a);
                    audit.record(actor, record, "ATTACH", null, snapshot(a));
                    timeline.record(new EntryDraft(TimelineKinds.FILE, List.of(record), actor.name(), now,
                            "File attached: " + a.name(), null, "attached:" + a.id()));
                    events.publish(DomainEvent.of(AttachmentEvents.ATTACHED, new RecordRef(TYPE, a.id()), Map.of(
                            "record", record.toString(), "name", a.name(), "size", a.size(), "sha256", a.sha256())));
                    return a;
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        throw new ConflictException("The same content is being stored by another request at this moment; send the file again");
                    }
                    throw failure("store a file", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Attachments cannot spool an upload: " + e.getMessage(), e);
        } finally {
            if (spool != null) {
                try {
                    Files.deleteIfExists(spool);
                } catch (IOException e) {
                    // the temporary folder is cleaned at the next start; the upload's outcome stands
                }
            }
        }
    }

    @Override
    public List<Attachment> list(Actor actor, RecordRef record) {
        readable(actor, record, true);
        return read(c -> new AttachmentRows(c).onRecord(record), "list files");
    }

    @Override
    public Attachment get(Actor actor, UUID id) {
        return read(c -> readableAttachment(actor, new AttachmentRows(c), id), "read a file");
    }

    @Override
    public Attachment content(Actor actor, UUID id, OutputStream out) {
        return read(c -> {
            AttachmentRows rows = new AttachmentRows(c);
            Attachment a = readableAttachment(actor, rows, id);
            rows.copyContent(a.sha256(), out);
            return a;
        }, "read a file");
    }

    @Override
    public void detach(Actor actor, UUID id) {
        read(c -> {
            AttachmentRows rows = new AttachmentRows(c);
            Attachment a = readableAttachment(actor, rows, id);
            rows.delete(a);
            audit.record(actor, a.record(), "DETACH", snapshot(a), null);
            timeline.record(new EntryDraft(TimelineKinds.FILE, List.of(a.record()), actor.name(), null,
                    "File detached: " + a.name(), null, "detached:" + a.id()));
            events.publish(DomainEvent.of(AttachmentEvents.DETACHED, new RecordRef(TYPE, a.id()), Map.of(
                    "record", a.record().toString(), "name", a.name())));
            return null;
        }, "detach a file");
    }

    /** An attachment the actor may read: the one of its record's type, checked by that type's resolver. */
    private Attachment readableAttachment(Actor actor, AttachmentRows rows, UUID id) throws SQLException {
        Attachment a = rows.find(id).orElseThrow(() -> new NotFoundException(TYPE, id));
        RecordResolver resolver = resolvers.get(a.record().type());
        // a file of a plugin that left: only an administrator may still see it
        boolean allowed = resolver == null ? actor.hasAnyRole(Actor.ADMIN) : resolver.readable(actor);
        if (!allowed) {
            throw new AccessDeniedException("You may not read the records this file hangs on");
        }
        return a;
    }

    /** The record's type is known, the record exists and the actor may read it; 400 on the parameter at fault, else 403. */
    private void readable(Actor actor, RecordRef record, boolean checkRole) {
        if (record == null) {
            throw ValidationException.field("recordType", "is required");
        }
        RecordResolver resolver = resolvers.get(record.type());
        if (resolver == null) {
            throw ValidationException.field("recordType", "is not a record type files can hang on: one of "
                    + new java.util.TreeSet<>(resolvers.keySet()));
        }
        if (checkRole && !resolver.readable(actor)) {
            throw new AccessDeniedException("You may not read records of type " + record.type());
        }
        if (!resolver.exists(record.id())) {
            throw ValidationException.field("recordId", "no " + record.type() + " with id " + record.id());
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T read(Work<T> work, String what) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.run(c);
            } catch (SQLException e) {
                throw failure(what, e);
            }
        });
    }

    static Map<String, Object> snapshot(Attachment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attachment", a.id().toString());
        m.put("name", a.name());
        m.put("mediaType", a.mediaType());
        m.put("size", a.size());
        m.put("sha256", a.sha256());
        return m;
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException("Attachments cannot " + what + ": " + e.getMessage(), e);
    }
}
