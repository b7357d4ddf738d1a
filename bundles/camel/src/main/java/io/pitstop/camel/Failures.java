package io.pitstop.camel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a dead letter keeps of a failed message besides its body: the failure's message chain (the stack trace
 * without the frames, which name our classes and help no integrator) and the headers a replay needs.
 */
final class Failures {
    /** Headers never kept: credentials a replay must not carry (it runs as the route's configured login). */
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|passwd|secret|token|authorization|cookie|credential).*");
    private static final Set<String> OURS = Set.of("PitstopUser", "PitstopPassword", "PitstopError", "PitstopProblemStatus");
    static final int MAX_HEADERS = 50;
    static final int MAX_VALUE = 1000;
    private static final int MAX_CHAIN = 8;

    private Failures() {
    }

    /**
     * One line per cause, outermost first: {@code ClassName: message}; a wrapper that only repeats its cause's
     * message is left out, and a cycle ends the chain.
     */
    static String describe(Throwable failure) {
        List<String> lines = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && !seen.containsKey(t) && lines.size() < MAX_CHAIN; t = t.getCause()) {
            seen.put(t, Boolean.TRUE);
            String message = t.getMessage();
            Throwable cause = t.getCause();
            if (cause != null && message != null && cause.getMessage() != null && message.endsWith(cause.getMessage())
                    && message.length() - cause.getMessage().length() < 60) {
                continue;
            }
            lines.add(t.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip()));
        }
        return lines.isEmpty() ? "unknown error" : String.join("\ncaused by: ", lines);
    }

    /** The headers that are plain values (texts, numbers, booleans), without credentials, at most {@link #MAX_HEADERS}. */
    static Map<String, String> keptHeaders(Map<String, Object> headers) {
        Map<String, String> kept = new TreeMap<>();
        for (Map.Entry<String, Object> h : new TreeMap<>(headers).entrySet()) {
            Object v = h.getValue();
            if (kept.size() >= MAX_HEADERS || OURS.contains(h.getKey()) || SECRET.matcher(h.getKey()).matches()) {
                continue;
            }
            if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean || v instanceof Character) {
                String text = v.toString();
                kept.put(h.getKey(), text.length() <= MAX_VALUE ? text : text.substring(0, MAX_VALUE));
            }
        }
        return kept;
    }
}
