package io.pitstop.notifications.api;

import java.util.List;
import java.util.Optional;

/**
 * A kind of event that can be notified about (тип оповещения), e.g. {@code contact.created}: its category, a label
 * and the fields its templates may use. Declared by the bundle that raises it ({@link EventTypeDeclaration}).
 */
public record EventType(String type, Category category, String label, List<EventField> fields) {
    public EventType {
        if (type == null || !type.matches("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+") || type.length() > 100) {
            throw new IllegalArgumentException("event type must be dotted lower-case words: " + type);
        }
        fields = List.copyOf(fields);
    }

    public Optional<EventField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
