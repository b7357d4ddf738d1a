package io.pitstop.notifications.api;

/**
 * A field an event carries and its templates may name as {@code {name}}: a label for the editor and a sample value
 * for previews. A {@link Kind#DATE_TIME} or {@link Kind#DATE} field (ISO text) can anchor a rule's schedule.
 */
public record EventField(String name, String label, String sample, Kind kind) {
    /** What the field's value is; rules schedule only from dates. */
    public enum Kind { TEXT, DATE, DATE_TIME }

    public EventField {
        if (name == null || !name.matches("[a-z][a-z0-9_]{0,49}")) {
            throw new IllegalArgumentException("field name must be lower-case letters, digits or _: " + name);
        }
        kind = kind == null ? Kind.TEXT : kind;
    }

    public static EventField text(String name, String label, String sample) {
        return new EventField(name, label, sample, Kind.TEXT);
    }

    public static EventField dateTime(String name, String label, String sample) {
        return new EventField(name, label, sample, Kind.DATE_TIME);
    }

    public static EventField date(String name, String label, String sample) {
        return new EventField(name, label, sample, Kind.DATE);
    }
}
