package io.pitstop.core.impl.jobs;

import io.pitstop.core.api.Validation;
import io.pitstop.core.api.jobs.JobContext;
import io.pitstop.core.api.jobs.JobType;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * A job that counts to {@code steps}, {@code stepMillis} apart, saving a checkpoint after every step: the smallest
 * real job, so an administrator can see progress, cancellation and resumption work on a fresh server, and the
 * tests can prove a resumed run does not redo its done part (its result names the steps this attempt ran).
 */
@Component(service = JobType.class)
public class CountingJob implements JobType {
    public static final String NAME = "demo.count";
    static final int DEFAULT_STEPS = 20;
    static final int DEFAULT_STEP_MILLIS = 100;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> labels() {
        return Map.of("en", "Test count", "ru", "Проверочный счёт");
    }

    @Override
    public void check(Map<String, String> parameters) {
        Validation v = new Validation();
        for (String key : parameters.keySet()) {
            v.require(Set.of("steps", "stepMillis").contains(key), "parameters." + key, "is not a parameter of " + NAME
                    + " (steps, stepMillis)");
        }
        v.throwIfInvalid();
        whole(parameters, "steps", 1, 100_000, DEFAULT_STEPS, v);
        whole(parameters, "stepMillis", 0, 10_000, DEFAULT_STEP_MILLIS, v);
        v.throwIfInvalid();
    }

    private static int whole(Map<String, String> parameters, String key, int min, int max, int fallback, Validation v) {
        String text = parameters.get(key);
        if (text == null) {
            return fallback;
        }
        boolean ok = text.matches("\\d{1,6}") && Integer.parseInt(text) >= min && Integer.parseInt(text) <= max;
        v.require(ok, "parameters." + key, "must be a whole number from " + min + " to " + max);
        return ok ? Integer.parseInt(text) : fallback;
    }

    @Override
    public void run(JobContext context) throws InterruptedException {
        Validation unused = new Validation();
        int steps = whole(context.parameters(), "steps", 1, 100_000, DEFAULT_STEPS, unused);
        int pause = whole(context.parameters(), "stepMillis", 0, 10_000, DEFAULT_STEP_MILLIS, unused);
        context.total(steps);
        // the checkpoint is the last step counted; a fresh run has none
        int first = context.checkpoint() == null ? 1 : Integer.parseInt(context.checkpoint()) + 1;
        int ran = 0;
        for (int step = first; step <= steps; step++) {
            if (context.cancelled()) {
                context.result(summary(first, ran, steps, true));
                return;
            }
            Thread.sleep(pause);
            ran++;
            context.progress(step, Integer.toString(step));
        }
        context.result(summary(first, ran, steps, false));
    }

    /** "Counted steps 7-20 of 20 in this attempt (14 steps)": what the resumption test reads. */
    static String summary(int first, int ran, int steps, boolean cancelled) {
        String what = ran == 0 ? "Counted no steps" : "Counted steps " + first + "-" + (first + ran - 1);
        return what + " of " + steps + " in this attempt (" + ran + " steps)" + (cancelled ? ", cancelled" : "");
    }
}
