package io.pitstop.notifications.api;

import io.pitstop.core.api.RecordRef;
import java.util.List;
import java.util.Map;

/**
 * What a plugin raises: an id of its own that stays the same when the event is raised again (so a message goes at
 * most once per event, recipient and template), the event type, the record it is about (a {@code contact} record is
 * its contact), the fields its templates fill in, and recipients besides those of the rules.
 */
public record NotificationEvent(String id, String eventType, RecordRef record, Map<String, String> fields,
                                List<Recipient> recipients) {
    public NotificationEvent {
        fields = Map.copyOf(fields);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
