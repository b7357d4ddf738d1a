package io.pitstop.tasks.impl;

import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordResolver;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code contact} records tasks may link to. Registered here, so that the contacts bundle knows nothing of
 * tasks; a plugin registers a {@link RecordResolver} for its own records the same way.
 */
@Component(service = RecordResolver.class)
public class ContactRecords implements RecordResolver {
    @Reference
    private ContactService contacts;

    @Override
    public String type() {
        return ContactId.TYPE;
    }

    /** As {@code GET /api/contacts/{id}}: integrators read contacts too. */
    @Override
    public boolean readable(Actor actor) {
        return RecordResolver.super.readable(actor) || actor.hasAnyRole(Actor.INTEGRATOR);
    }

    @Override
    public boolean exists(UUID id) {
        try {
            contacts.get(new ContactId(id));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
