package io.pitstop.notifications.impl;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactEvents;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.DomainEvents;
import io.pitstop.core.api.RecordRef;
import io.pitstop.notifications.api.NotificationEvent;
import io.pitstop.notifications.api.Notifications;
import io.pitstop.notifications.api.Recipient;
import io.pitstop.tasks.api.Task;
import io.pitstop.tasks.api.TaskEvents;
import io.pitstop.tasks.api.TaskId;
import io.pitstop.tasks.api.TaskService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the core's domain events into notification events: a contact created raises {@code contact.created} about
 * the contact, a task created raises {@code task.assigned} for its assignee. The domain event's id is the
 * notification event's id, so a redelivered domain event queues nothing twice.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + ContactEvents.CREATED,
        service = EventHandler.class)
public class DomainEventBridge implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DomainEventBridge.class);

    @Reference
    private Notifications notifications;

    @Reference
    private ContactService contacts;

    @Override
    public void handleEvent(Event event) {
        try {
            UUID id = UUID.fromString(String.valueOf(event.getProperty(DomainEvents.SUBJECT_ID)));
            Contact c = contacts.get(new ContactId(id));
            Map<String, String> fields = new HashMap<>();
            fields.put("name", c.name());
            fields.put("fio", c.kind() == ContactKind.PERSON ? c.name() : "");
            fields.put("inn", c.inn() == null ? "" : c.inn());
            fields.put("birth_date", c.birthDate() == null ? "" : c.birthDate().toString());
            notifications.raise(new NotificationEvent(String.valueOf(event.getProperty("event.id")),
                    CoreEventTypes.CONTACT_CREATED.type(), new RecordRef(ContactId.TYPE, id), fields, List.of()));
        } catch (RuntimeException e) {
            LOG.warn("No notification for the contact event {}: {}", event.getProperty("event.id"), e.getMessage());
        }
    }

    /** {@code task.assigned} for the assignee of a new task (a group's members through a rule's groups). */
    @Component(property = EventConstants.EVENT_TOPIC + "=" + TaskEvents.CREATED, service = EventHandler.class)
    public static class Tasks implements EventHandler {
        @Reference
        private Notifications notifications;

        @Reference
        private TaskService tasks;

        @Override
        public void handleEvent(Event event) {
            try {
                UUID id = UUID.fromString(String.valueOf(event.getProperty(DomainEvents.SUBJECT_ID)));
                Task t = tasks.get(new TaskId(id));
                Map<String, String> fields = new HashMap<>();
                fields.put("number", String.valueOf(t.number()));
                fields.put("title", t.title());
                fields.put("assignee", t.assignee());
                fields.put("deadline", t.deadline() == null ? "" : t.deadline().toString());
                List<Recipient> to = t.assignee().startsWith("group:") ? List.of() : List.of(Recipient.staff(t.assignee()));
                notifications.raise(new NotificationEvent(String.valueOf(event.getProperty("event.id")),
                        CoreEventTypes.TASK_ASSIGNED.type(), t.id().ref(), fields, to));
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(Tasks.class).warn("No notification for the task event {}: {}",
                        event.getProperty("event.id"), e.getMessage());
            }
        }
    }
}
