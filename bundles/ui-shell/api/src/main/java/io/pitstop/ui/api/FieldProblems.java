package io.pitstop.ui.api;

import com.vaadin.flow.component.HasValidation;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Puts the server's field errors next to the form fields they name, so that
 * a form shows the same rule the REST API applies. Server field names such
 * as {@code addresses[0].text} go to the most specific registered name:
 * {@code addresses[0].text}, else {@code addresses[0]}, else {@code addresses}.
 * Messages appear in the user's language ({@link Ui#translate}).
 */
public final class FieldProblems {
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers a form field under the server's name for it. */
    public FieldProblems field(String serverName, HasValidation field) {
        fields.put(serverName, field);
        return this;
    }

    /** Marks every registered field valid again. */
    public void clear() {
        for (HasValidation f : fields.values()) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
    }

    /** The registered fields that are marked invalid now (one field registered under two names counts once). */
    public List<HasValidation> marked() {
        return fields.values().stream().filter(HasValidation::isInvalid).distinct().toList();
    }

    /**
     * Shows each field error beside its field and returns the messages that
     * name no registered field (or the exception's own message when it has no
     * field errors), for the caller to show at the form level.
     */
    public List<String> show(PitstopException problem) {
        return show(problem, Ui::translate);
    }

    /** {@link #show(PitstopException)} with the messages put into the user's language by {@code translate}. */
    List<String> show(PitstopException problem, UnaryOperator<String> translate) {
        clear();
        List<String> unplaced = new ArrayList<>();
        if (problem.fieldErrors().isEmpty()) {
            unplaced.add(translate.apply(problem.getMessage()));
            return unplaced;
        }
        Map<HasValidation, String> messages = new LinkedHashMap<>();
        for (FieldError error : problem.fieldErrors()) {
            HasValidation target = find(error.field());
            String message = translate.apply(error.message());
            if (target == null) {
                unplaced.add(error.field() + ": " + message);
            } else {
                messages.merge(target, message, (a, b) -> a + "; " + b);
            }
        }
        messages.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        return unplaced;
    }

    HasValidation find(String serverName) {
        // phones[1] -> phones; addresses[0].text -> addresses[0] -> addresses
        String name = serverName;
        while (true) {
            HasValidation field = fields.get(name);
            if (field != null) {
                return field;
            }
            int dot = name.lastIndexOf('.');
            int bracket = name.lastIndexOf('[');
            int cut = Math.max(dot, bracket);
            if (cut <= 0) {
                return null;
            }
            name = name.substring(0, cut);
        }
    }
}
