package io.pitstop.notifications.impl;

import io.pitstop.notifications.api.EventType;
import io.pitstop.notifications.api.EventTypeDeclaration;
import org.osgi.service.component.annotations.Component;

/** The core's own event types as services, the way a plugin declares its own. */
final class CoreEventDeclarations {
    private CoreEventDeclarations() {
    }

    @Component(service = EventTypeDeclaration.class)
    public static class ContactCreated implements EventTypeDeclaration {
        @Override
        public EventType eventType() {
            return CoreEventTypes.CONTACT_CREATED;
        }
    }

    @Component(service = EventTypeDeclaration.class)
    public static class TaskAssigned implements EventTypeDeclaration {
        @Override
        public EventType eventType() {
            return CoreEventTypes.TASK_ASSIGNED;
        }
    }

    @Component(service = EventTypeDeclaration.class)
    public static class AccountBelowCritical implements EventTypeDeclaration {
        @Override
        public EventType eventType() {
            return CoreEventTypes.ACCOUNT_BELOW_CRITICAL;
        }
    }

    @Component(service = EventTypeDeclaration.class)
    public static class VisitBooked implements EventTypeDeclaration {
        @Override
        public EventType eventType() {
            return CoreEventTypes.VISIT_BOOKED;
        }
    }
}
