package io.pitstop.kso.impl.applications;

import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordResolver;
import io.pitstop.kso.api.applications.ApplicationService;
import io.pitstop.kso.api.applications.CreditApplication;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Makes applications a record type the core knows, so that scans are attached to an application through the core's
 * attachments and tasks may link to one; read by those who work with applications.
 */
@Component(service = RecordResolver.class)
public class ApplicationRecords implements RecordResolver {
    @Reference
    private ApplicationService applications;

    @Override
    public String type() {
        return CreditApplication.TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        try {
            applications.get(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    public boolean readable(Actor actor) {
        return actor.hasAnyRole(Actor.ADMIN, Actor.MANAGER);
    }
}
