package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.ContactUsage;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.core.api.AuditService;
import io.pitstop.core.api.DomainEvent;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.RecordRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/** Audit log and event outbox that remember what the service told them, and usages held as DS holds them. */
final class Recorders {
    private Recorders() {
    }

    /** A usage as the service holds it from DS: service objects to take when needed. */
    static ComponentServiceObjects<ContactUsage> held(ContactUsage usage) {
        return new ComponentServiceObjects<>() {
            @Override
            public ContactUsage getService() {
                return usage;
            }

            @Override
            public void ungetService(ContactUsage service) {
            }

            @Override
            public ServiceReference<ContactUsage> getServiceReference() {
                return null;
            }
        };
    }

    /** One audit call. */
    record Audited(String actor, RecordRef subject, String action, Map<String, ?> before, Map<String, ?> after) {
    }

    static final class Audit implements AuditService {
        final List<Audited> entries = new ArrayList<>();

        @Override
        public void record(Actor actor, RecordRef subject, String action, Map<String, ?> before, Map<String, ?> after) {
            entries.add(new Audited(actor.name(), subject, action, before, after));
        }

        @Override
        public Page<AuditEntry> history(RecordRef subject, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        List<String> actions() {
            return entries.stream().map(Audited::action).toList();
        }
    }

    static final class Events implements DomainEvents {
        final List<DomainEvent> published = new ArrayList<>();

        @Override
        public void publish(DomainEvent event) {
            published.add(event);
        }

        List<String> topics() {
            return published.stream().map(DomainEvent::topic).toList();
        }
    }
}
