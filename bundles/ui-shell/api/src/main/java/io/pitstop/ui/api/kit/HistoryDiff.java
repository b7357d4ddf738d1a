package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import elemental.json.JsonType;
import elemental.json.JsonValue;
import io.pitstop.core.api.AuditEntry;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.Ui;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A record's change history as people read it: for each audit entry when,
 * who and what, then one row per changed field, {@code Телефон: +7 (495)
 * 123-45-67 → +7 (495) 765-43-21}, instead of the raw snapshots. Field names
 * and coded values come from the contributing bundle's texts. Ids: the list
 * {@code <id>}, each entry class {@code history-entry}, each row class
 * {@code history-change} with {@code data-field}, {@code data-before} and
 * {@code data-after}.
 */
public final class HistoryDiff {
    /** One changed field; {@code before} is null for a field a creation set, {@code after} for one removed. */
    public record Change(String field, String before, String after) {
    }

    private final String id;
    private Function<String, String> fieldLabel = f -> f;
    private Function<String, String> actionLabel = a -> a;
    private BiFunction<String, String, String> valueText = (f, v) -> v;
    private Formats formats = Ui.formats();
    private Set<String> hidden = Set.of();

    private HistoryDiff(String id) {
        this.id = id;
    }

    public static HistoryDiff of(String id) {
        return new HistoryDiff(id);
    }

    /** Field names from {@code texts} under {@code prefix} ({@code field.phones}); a field without a text shows its name. */
    public HistoryDiff fields(Texts texts, String prefix) {
        this.fieldLabel = f -> texts.has(Ui.locale(), prefix + f) ? texts.get(prefix + f) : f;
        return this;
    }

    /** Actions ({@code UPDATE}) from {@code texts} under {@code prefix}. */
    public HistoryDiff actions(Texts texts, String prefix) {
        this.actionLabel = a -> texts.has(Ui.locale(), prefix + a) ? texts.get(prefix + a) : a;
        return this;
    }

    /**
     * How one value of a field reads ({@code (kind, ORGANIZATION) → Организация},
     * a phone formatted); a list's items and a map's entries
     * ({@code addresses.kind}) go through it one by one.
     */
    public HistoryDiff values(BiFunction<String, String, String> valueText) {
        this.valueText = valueText;
        return this;
    }

    /** Fields a reader has no use for (internal ids) left out of the rows. */
    public HistoryDiff hide(String... fields) {
        this.hidden = Set.of(fields);
        return this;
    }

    public HistoryDiff formats(Formats formats) {
        this.formats = formats;
        return this;
    }

    /** The entries, newest first as the audit log gives them. */
    public Component build(List<AuditEntry> entries) {
        VerticalLayout list = new VerticalLayout();
        list.setId(id);
        list.setPadding(false);
        if (entries.isEmpty()) {
            Span none = new Span(Common.TEXTS.get("kit.history.empty"));
            none.setId(id + "-empty");
            list.add(none);
            return list;
        }
        for (AuditEntry e : entries) {
            Div entry = new Div();
            entry.addClassName("history-entry");
            entry.getStyle().set("border-left", "3px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)");
            Span meta = new Span(formats.dateTime(e.at()) + " · " + e.actor() + " · " + actionLabel.apply(e.action()));
            meta.addClassName("history-meta");
            meta.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            entry.add(meta);
            for (Change c : changes(parse(e.before()), parse(e.after()))) {
                if (!hidden.contains(c.field())) {
                    entry.add(row(c));
                }
            }
            list.add(entry);
        }
        return list;
    }

    private Div row(Change c) {
        String before = c.before() == null ? null : text(c.field(), c.before());
        String after = c.after() == null ? null : text(c.field(), c.after());
        String none = Common.TEXTS.get("kit.history.none");
        String line;
        if (before == null) {
            line = fieldLabel.apply(c.field()) + ": " + after;
        } else {
            line = fieldLabel.apply(c.field()) + ": " + (before.isEmpty() ? none : before) + " → "
                    + (after == null || after.isEmpty() ? none : after);
        }
        Div row = new Div(new Span(line));
        row.addClassName("history-change");
        row.getElement().setAttribute("data-field", c.field());
        row.getElement().setAttribute("data-before", before == null ? "" : before);
        row.getElement().setAttribute("data-after", after == null ? "" : after);
        return row;
    }

    /** A stored value (the JSON of a snapshot's field) in words. */
    private String text(String field, String json) {
        return words(field, Json.parse("{\"v\":" + json + "}").get("v"));
    }

    private String words(String field, JsonValue value) {
        if (value == null || value.getType() == JsonType.NULL) {
            return "";
        }
        return switch (value.getType()) {
            case ARRAY -> {
                JsonArray a = (JsonArray) value;
                List<String> items = new ArrayList<>();
                for (int i = 0; i < a.length(); i++) {
                    items.add(words(field, a.get(i)));
                }
                yield String.join(", ", items);
            }
            case OBJECT -> {
                JsonObject o = (JsonObject) value;
                List<String> parts = new ArrayList<>();
                for (String k : o.keys()) {
                    parts.add(words(field + "." + k, o.get(k)));
                }
                yield String.join(": ", parts);
            }
            case NUMBER -> valueText.apply(field, BigDecimal.valueOf(value.asNumber()).stripTrailingZeros().toPlainString());
            default -> valueText.apply(field, value.asString());
        };
    }

    /**
     * The fields that differ between two snapshots, each value as its JSON
     * text: the fields of {@code after} in their order, then those only
     * {@code before} had. Equal values are left out.
     */
    public static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        boolean created = before.isEmpty();
        List<Change> out = new ArrayList<>();
        for (String f : fields) {
            String b = before.get(f);
            String a = after.get(f);
            if (!Objects.equals(b, a) && !(created && isEmpty(a))) {
                out.add(new Change(f, created ? null : Objects.requireNonNullElse(b, "null"), a));
            }
        }
        return out;
    }

    private static boolean isEmpty(String json) {
        return json == null || json.equals("[]") || json.equals("{}") || json.equals("null") || json.equals("\"\"");
    }

    /** A snapshot's fields with each value as its JSON text; empty for null or text that is no JSON object. */
    public static Map<String, String> parse(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return out;
        }
        JsonValue v;
        try {
            v = Json.parse(json);
        } catch (RuntimeException e) {
            return out;
        }
        if (v.getType() == JsonType.OBJECT) {
            JsonObject o = (JsonObject) v;
            for (String k : o.keys()) {
                out.put(k, o.get(k).toJson());
            }
        }
        return out;
    }
}
