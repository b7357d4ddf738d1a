package io.pitstop.billing.camel;

import io.pitstop.billing.api.BillingRuns;
import io.pitstop.camel.api.PitstopOperation;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.TypedId;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code pitstop:billing-run}: a route starts a billing run as {@code POST /api/billing/runs} does, with its roles.
 * The body is {@code {period, accountIds, preview}} or just the period's text; {@code period} is {@code yyyy-MM} or
 * {@code current} (the company's current month, for a route on a timer of its own). The answer is the run as started
 * (its id for {@code GET /api/billing/runs/{id}}); a wrong field is refused by name and nothing starts.
 */
@Component(service = PitstopOperation.class)
public class BillingRunOperation implements PitstopOperation {
    static final Set<String> FIELDS = Set.of("period", "accountIds", "preview");

    /** What a body asks for. */
    record Request(YearMonth period, List<UUID> accountIds, boolean preview) {
    }

    @Reference
    private BillingRuns runs;

    @Reference
    private Clock clock;

    @Override
    public String name() {
        return "billing-run";
    }

    @Override
    public Set<String> roles() {
        return Set.of(Actor.ADMIN, Actor.ACCOUNTANT);
    }

    @Override
    public Object invoke(Actor actor, Object body, Map<String, Object> headers) {
        Request r = request(body, YearMonth.from(clock.today()));
        return runs.start(actor, r.period(), r.accountIds(), r.preview());
    }

    /** The request a body describes, {@code current} read as {@code thisMonth}; every wrong field named at once. */
    static Request request(Object body, YearMonth thisMonth) {
        Map<?, ?> m = body instanceof Map<?, ?> map ? map : body instanceof String s ? Map.of("period", s.trim()) : null;
        if (m == null) {
            throw ValidationException.field("body", "must be a JSON object with period, accountIds and preview, or the period");
        }
        List<FieldError> errors = new ArrayList<>();
        for (Object key : m.keySet()) {
            if (!FIELDS.contains(String.valueOf(key))) {
                errors.add(new FieldError(String.valueOf(key), "is not a field of a billing run; known: " + new TreeSet<>(FIELDS)));
            }
        }
        YearMonth period = null;
        Object p = m.get("period");
        if (p == null) {
            errors.add(new FieldError("period", "is required"));
        } else if ("current".equals(p)) {
            period = thisMonth;
        } else {
            try {
                if (!(p instanceof String text) || !text.matches("\\d{4}-\\d{2}")) {
                    throw new DateTimeParseException("form", String.valueOf(p), 0);
                }
                period = YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("period", "must be a month such as 2024-03, or current"));
            }
        }
        List<UUID> accounts = accounts(m.get("accountIds"), errors);
        boolean preview = false;
        Object v = m.get("preview");
        if (v instanceof Boolean b) {
            preview = b;
        } else if ("true".equals(v) || "false".equals(v)) {
            preview = Boolean.parseBoolean((String) v);
        } else if (v != null) {
            errors.add(new FieldError("preview", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Request(period, accounts, preview);
    }

    /** A list of ids, or their text separated by commas (CSV and XML routes carry text). */
    private static List<UUID> accounts(Object raw, List<FieldError> errors) {
        List<?> items = raw == null ? List.of() : raw instanceof List<?> l ? l
                : raw instanceof String s ? (s.isBlank() ? List.of() : List.of((Object[]) s.split(",", -1))) : null;
        if (items == null) {
            errors.add(new FieldError("accountIds", "must be a list of account ids"));
            return List.of();
        }
        List<UUID> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            try {
                out.add(TypedId.parse(items.get(i) == null ? null : String.valueOf(items.get(i)).trim(), "accountIds[" + i + "]"));
            } catch (ValidationException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        return out;
    }
}
