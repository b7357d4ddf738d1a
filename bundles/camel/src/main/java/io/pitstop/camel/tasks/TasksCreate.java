package io.pitstop.camel.tasks;

import io.pitstop.camel.api.PitstopOperation;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.RecordRef;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.tasks.api.TaskDraft;
import io.pitstop.tasks.api.TaskService;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pitstop:tasks/create}: a task from a route (a call task after a sale, seed 003's automatic tasks). The body
 * is {@code {title, description, assignee, deadline, important, links: [{type, id}], confirmByCreator}} as in
 * {@code POST /api/tasks}, with the same roles; the answer is the task. A field the task cannot take is refused by
 * name, and nothing is written.
 */
@Component(service = PitstopOperation.class)
public class TasksCreate implements PitstopOperation {
    static final Set<String> FIELDS = Set.of("title", "description", "assignee", "deadline", "important", "links", "confirmByCreator");

    @Reference
    private TaskService tasks;

    @Override
    public String name() {
        return "tasks/create";
    }

    @Override
    public Set<String> roles() {
        return Set.of(Actor.ADMIN, Actor.MANAGER, Actor.ACCOUNTANT, Actor.SUPPORT, Actor.INTEGRATOR);
    }

    @Override
    public Object invoke(Actor actor, Object body, Map<String, Object> headers) {
        return tasks.create(actor, draft(body));
    }

    /** The draft a body describes; every field that is wrong is named at once. */
    static TaskDraft draft(Object body) {
        if (!(body instanceof Map<?, ?> m)) {
            throw ValidationException.field("body", "must be a JSON object or a map with title and assignee");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                errors.add(new FieldError(String.valueOf(key), "is not a field of a task; known: " + new java.util.TreeSet<>(FIELDS)));
            }
        }
        String title = text(m, "title", errors);
        String description = text(m, "description", errors);
        String assignee = text(m, "assignee", errors);
        Instant deadline = null;
        String when = text(m, "deadline", errors);
        if (when != null) {
            try {
                deadline = Instant.parse(when);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("deadline", "must be a time such as 2030-03-01T10:00:00Z"));
            }
        }
        boolean important = flag(m, "important", errors);
        boolean confirm = flag(m, "confirmByCreator", errors);
        List<RecordRef> links = links(m.get("links"), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TaskDraft(title, description, assignee, deadline, important, confirm, links);
    }

    private static String text(Map<?, ?> m, String field, List<FieldError> errors) {
        Object v = m.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        errors.add(new FieldError(field, "must be a text"));
        return null;
    }

    /** A boolean, or its text {@code true} / {@code false} (CSV and XML routes carry text). */
    private static boolean flag(Map<?, ?> m, String field, List<FieldError> errors) {
        Object v = m.get(field);
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if ("true".equals(v) || "false".equals(v)) {
            return Boolean.parseBoolean((String) v);
        }
        errors.add(new FieldError(field, "must be true or false"));
        return false;
    }

    private static List<RecordRef> links(Object raw, List<FieldError> errors) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            errors.add(new FieldError("links", "must be a list of {type, id}"));
            return List.of();
        }
        List<RecordRef> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "links[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> l)) {
                errors.add(new FieldError(at, "must be an object with type and id"));
                continue;
            }
            Object type = l.get("type");
            if (!(type instanceof String t) || t.isBlank()) {
                errors.add(new FieldError(at + ".type", "is required"));
            }
            try {
                UUID id = TypedId.parse(l.get("id") == null ? null : String.valueOf(l.get("id")), at + ".id");
                if (type instanceof String t && !t.isBlank()) {
                    out.add(new RecordRef(t, id));
                }
            } catch (ValidationException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        return out;
    }
}
