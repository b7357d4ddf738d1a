package io.pitstop.documents.impl;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.core.api.Transactions;
import io.pitstop.documents.api.LegalEntityService;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code legal-entity}: read by the staff roles (logo and stamp hang on it).
 * Resolver of a record type of this bundle, so attachments hang on it. A component of its own holding only the
 * database: the attachment service binds every resolver, and a resolver that itself needed the attachment service
 * would make a cycle DS cannot start.
 */
@Component(service = RecordResolver.class)
public class LegalEntityResolver implements RecordResolver {
    @Reference(target = "(osgi.jndi.service.name=pitstop)")
    private DataSource dataSource;

    @Reference
    private Transactions transactions;

    static boolean mayRead(Actor actor) {
        return actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT);
    }

    @Override
    public String type() {
        return LegalEntityService.RECORD_TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        return transactions.required(() -> {
            try (Connection c = dataSource.getConnection()) {
                return new LegalEntityRows(c).find(id, false).isPresent();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read a legal entity: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public boolean readable(Actor actor) {
        return mayRead(actor);
    }
}

