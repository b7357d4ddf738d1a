package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PitstopException;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Field-level checks for a form: each rule runs when the user leaves its
 * field (blur) and again on every change while the field is marked, so a
 * mistake shows at once and the mark goes as soon as it is fixed, not at the
 * next Save. Rules are the service's own checks ({@code ContactRules.inn}),
 * throwing the {@link PitstopException} the REST API would answer, so the
 * form says what the server says. What the server still refuses on Save is
 * placed on its fields by {@link #show}.
 */
public final class FormSupport {
    private final FieldProblems problems = new FieldProblems();
    private final List<Runnable> checks = new ArrayList<>();

    /** A field the server may name in its errors, without a rule of its own. */
    public <F extends HasValue<?, ?> & HasValidation> FormSupport field(String serverName, F field) {
        problems.field(serverName, field);
        return this;
    }

    /**
     * A field with a rule: {@code rule} gets the value and throws when it is
     * wrong; the first field error's message (or the exception's) marks the
     * field in the user's language.
     */
    public <V, F extends HasValue<?, V> & HasValidation> FormSupport field(String serverName, F field, Consumer<V> rule) {
        problems.field(serverName, field);
        Runnable check = () -> {
            String message = message(field.getValue(), rule);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        };
        checks.add(check);
        if (field instanceof BlurNotifier<?> blur) {
            blur.addBlurListener(e -> check.run());
        }
        field.addValueChangeListener(e -> {
            if (field.isInvalid()) {
                check.run();
            }
        });
        return this;
    }

    /** Runs every rule now (before Save); true when all pass. */
    public boolean check() {
        checks.forEach(Runnable::run);
        return problems.marked().isEmpty();
    }

    /** Places a refusal's field errors on their fields; returns the messages no field took. */
    public List<String> show(PitstopException problem) {
        return problems.show(problem);
    }

    /** Marks every field valid again. */
    public void clear() {
        problems.clear();
    }

    /** The message a rule gives for a value, in the user's language; null when the value passes. */
    static <V> String message(V value, Consumer<V> rule) {
        try {
            rule.accept(value);
            return null;
        } catch (PitstopException e) {
            List<FieldError> errors = e.fieldErrors();
            return Ui.translate(errors.isEmpty() ? e.getMessage() : errors.get(0).message());
        }
    }
}
