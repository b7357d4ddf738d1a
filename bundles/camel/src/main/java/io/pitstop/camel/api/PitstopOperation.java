package io.pitstop.camel.api;

import io.pitstop.core.api.Actor;
import java.util.Map;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One operation of the {@code pitstop:} component, contributed by the bundle that owns its domain
 * ({@code tasks/create}, a plugin's {@code invoices/issue}). The component finds it by {@link #name()} when a
 * message arrives, so a route may be started before the operation's bundle and fails (to its dead-letter handler)
 * only while the operation is missing. Plain Java in and out, so an operation needs no Camel API.
 */
@ConsumerType
public interface PitstopOperation {
    /** The endpoint path after {@code pitstop:}: lower-case words separated by {@code /} ({@code tasks/create}). */
    String name();

    /** The route identity needs one of these roles, the same as the operation's REST twin; empty: anyone. */
    Set<String> roles();

    /**
     * Does the work as {@code actor}. {@code body} is a {@code Map} when the message is one or holds a JSON object,
     * else its text (or null). A {@link io.pitstop.core.api.PitstopException} refuses the message like REST would
     * (the route's error handler decides, e.g. {@code pitstop:dead-letter}); the result becomes the message body.
     */
    Object invoke(Actor actor, Object body, Map<String, Object> headers);
}
