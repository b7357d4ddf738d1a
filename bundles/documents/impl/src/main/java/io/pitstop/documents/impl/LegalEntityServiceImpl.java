package io.pitstop.documents.impl;

import io.pitstop.attachments.api.Attachment;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.core.api.AccessDeniedException;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.SchemaMigrations;
import io.pitstop.core.api.Transactions;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import io.pitstop.documents.api.LegalEntity;
import io.pitstop.documents.api.LegalEntityDraft;
import io.pitstop.documents.api.LegalEntityService;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Our legal entities in plain JDBC inside {@link Transactions}: a few rows read by every document, so no JPA unit.
 * The record type's resolver is {@link LegalEntityResolver}.
 */
@Component(service = LegalEntityService.class)
public class LegalEntityServiceImpl implements LegalEntityService {
    static final String MODULE = "documents";
    static final List<String> SCRIPTS = List.of("V001__documents.sql");

    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    @Reference
    private SchemaMigrations migrations;

    @Reference
    private AuditService audit;

    @Reference
    private Clock clock;

    @Reference
    private AttachmentService attachments;

    @Activate
    void activate() {
        migrations.migrate(MODULE, LegalEntityServiceImpl.class.getClassLoader(), "db/" + MODULE, SCRIPTS);
    }


    @Override
    public List<LegalEntity> list(Actor actor) {
        mayRead(actor);
        return run(c -> new LegalEntityRows(c).all(), "list legal entities");
    }

    @Override
    public LegalEntity get(Actor actor, UUID id) {
        mayRead(actor);
        return run(c -> new LegalEntityRows(c).find(id, false).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id)),
                "read a legal entity");
    }

    @Override
    public LegalEntity defaultEntity(Actor actor) {
        mayRead(actor);
        return run(c -> {
            LegalEntityRows rows = new LegalEntityRows(c);
            UUID id = rows.defaultId().orElseThrow(() -> new NotFoundException(RECORD_TYPE, "default"));
            return rows.find(id, false).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
        }, "read the default legal entity");
    }

    @Override
    public LegalEntity create(Actor actor, LegalEntityDraft draft) {
        mayChange(actor);
        LegalEntityDraft d = LegalEntityChecks.check(draft);
        List<FieldError> errors = new ArrayList<>();
        if (d.logo() != null) {
            errors.add(new FieldError("logo", "can be set once the entity is saved: upload the image to it, then choose it"));
        }
        if (d.stamp() != null) {
            errors.add(new FieldError("stamp", "can be set once the entity is saved: upload the image to it, then choose it"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        UUID id = UUID.randomUUID();
        return run(c -> {
            LegalEntityRows rows = new LegalEntityRows(c);
            boolean isDefault = Boolean.TRUE.equals(d.defaultEntity()) || !rows.any();
            if (isDefault) {
                rows.clearDefaultExcept(id);
            }
            rows.insert(id, d, isDefault, clock.now().truncatedTo(ChronoUnit.MILLIS));
            LegalEntity saved = rows.find(id, false).orElseThrow();
            audit.record(actor, new RecordRef(RECORD_TYPE, id), "CREATE", null, snapshot(saved));
            return saved;
        }, "save a legal entity");
    }

    @Override
    public LegalEntity update(Actor actor, UUID id, LegalEntityDraft draft) {
        mayChange(actor);
        LegalEntityDraft d = LegalEntityChecks.check(draft);
        List<FieldError> errors = new ArrayList<>();
        image(actor, id, d.logo(), "logo", errors);
        image(actor, id, d.stamp(), "stamp", errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return run(c -> {
            LegalEntityRows rows = new LegalEntityRows(c);
            LegalEntity before = rows.find(id, true).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
            boolean isDefault = before.defaultEntity() || Boolean.TRUE.equals(d.defaultEntity());
            if (before.defaultEntity() && Boolean.FALSE.equals(d.defaultEntity())) {
                throw ValidationException.field("defaultEntity",
                        "cannot be taken away from the default entity: make another entity the default instead");
            }
            if (isDefault) {
                rows.clearDefaultExcept(id);
            }
            rows.update(id, d, isDefault, clock.now().truncatedTo(ChronoUnit.MILLIS));
            LegalEntity saved = rows.find(id, false).orElseThrow();
            audit.record(actor, new RecordRef(RECORD_TYPE, id), "UPDATE", snapshot(before), snapshot(saved));
            return saved;
        }, "save a legal entity");
    }

    /** A logo or stamp must be an image attached to this entity's record. */
    private void image(Actor actor, UUID entity, UUID attachment, String field, List<FieldError> errors) {
        if (attachment == null) {
            return;
        }
        try {
            Attachment a = attachments.get(actor, attachment);
            if (!a.record().equals(new RecordRef(RECORD_TYPE, entity)) || !a.mediaType().startsWith("image/")) {
                errors.add(new FieldError(field, "must be an image (PNG, JPEG) attached to this legal entity"));
            }
        } catch (NotFoundException e) {
            errors.add(new FieldError(field, "must be an image (PNG, JPEG) attached to this legal entity"));
        }
    }

    static Map<String, Object> snapshot(LegalEntity e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", e.fullName());
        m.put("shortName", e.shortName());
        m.put("inn", e.inn());
        m.put("kpp", e.kpp());
        m.put("ogrn", e.ogrn());
        m.put("legalAddress", e.legalAddress());
        m.put("postalAddress", e.postalAddress());
        m.put("bankAccounts", e.bankAccounts().toString());
        m.put("director", e.director() == null ? null : e.director().toString());
        m.put("chiefAccountant", e.chiefAccountant() == null ? null : e.chiefAccountant().toString());
        m.put("vatMode", e.vatMode().name());
        m.put("defaultEntity", e.defaultEntity());
        m.put("closedThrough", e.closedThrough());
        m.put("logo", e.logo() == null ? null : e.logo().toString());
        m.put("stamp", e.stamp() == null ? null : e.stamp().toString());
        return m;
    }

    private void mayRead(Actor actor) {
        if (!LegalEntityResolver.mayRead(actor)) {
            throw new AccessDeniedException("You may not read our legal entities");
        }
    }

    private static void mayChange(Actor actor) {
        if (!actor.hasAnyRole(Actor.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may change our legal entities");
        }
    }

    interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T run(Work<T> work, String what) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return work.on(c);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot " + what + ": " + e.getMessage(), e);
            }
        });
    }
}
