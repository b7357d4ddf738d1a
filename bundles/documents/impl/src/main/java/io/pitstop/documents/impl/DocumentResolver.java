package io.pitstop.documents.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.core.api.Transactions;
import io.pitstop.documents.api.Document;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code document}: read by those who issue documents (the frozen PDF and data hang on it).
 * Resolver of a record type of this bundle, so attachments hang on it. A component of its own holding only the
 * database: the attachment service binds every resolver, and a resolver that itself needed the attachment service
 * would make a cycle DS cannot start.
 */
@Component(service = RecordResolver.class)
public class DocumentResolver implements RecordResolver {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    static boolean mayRead(Actor actor) {
        return actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT);
    }

    @Override
    public String type() {
        return Document.RECORD_TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return DocumentServiceImpl.find(c, id) != null;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read a document: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public boolean readable(Actor actor) {
        return mayRead(actor);
    }
}
