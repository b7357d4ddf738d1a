package io.pitstop.ticketing.impl;

import io.pitstop.ticketing.api.Urgency;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The SLA targets and clocks of {@code etc/io.pitstop.ticketing.cfg}: {@code firstResponse} and {@code resolution}
 * (ISO durations) with the most specific key winning ({@code firstResponse.<department>.<urgency>}, then
 * {@code firstResponse.<department>}, then {@code firstResponse}; seed 002's two hours by default), and
 * {@code hours.<department>} = {@code working} (the business calendar's working hours) or {@code always}. A value
 * that does not parse stops the service with the key named, rather than silently counting with another target.
 */
final class TicketSettings {
    static final Duration FIRST_RESPONSE = Duration.ofHours(2);
    static final Duration RESOLUTION = Duration.ofHours(8);
    static final String DEFAULT_DEPARTMENT = "support";

    private final Map<String, Object> properties;

    TicketSettings(Map<String, Object> properties) {
        this.properties = properties == null ? Map.of() : Map.copyOf(properties);
        for (Map.Entry<String, Object> e : this.properties.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("firstResponse") || key.startsWith("resolution")) {
                duration(key, String.valueOf(e.getValue()));
            } else if (key.startsWith("hours") && !String.valueOf(e.getValue()).matches("working|always")) {
                throw new IllegalArgumentException("io.pitstop.ticketing: " + key + " must be working or always, not "
                        + e.getValue());
            }
        }
    }

    Duration firstResponse(String department, Urgency urgency) {
        return target("firstResponse", department, urgency, FIRST_RESPONSE);
    }

    Duration resolution(String department, Urgency urgency) {
        return target("resolution", department, urgency, RESOLUTION);
    }

    /** Whether the department counts SLA time in working hours only. */
    boolean workingHours(String department) {
        Object v = properties.getOrDefault("hours." + department, properties.get("hours"));
        return "working".equals(v);
    }

    /** The department a mail or a ticket goes to when none is named. */
    String defaultDepartment() {
        Object v = properties.get("defaultDepartment");
        return v == null || v.toString().isBlank() ? DEFAULT_DEPARTMENT : v.toString().strip();
    }

    private Duration target(String name, String department, Urgency urgency, Duration fallback) {
        for (String key : new String[] {name + "." + department + "." + urgency.code(), name + "." + department, name}) {
            Object v = properties.get(key);
            if (v != null) {
                return duration(key, v.toString());
            }
        }
        return fallback;
    }

    private static Duration duration(String key, String text) {
        try {
            Duration d = Duration.parse(text.strip().toUpperCase(Locale.ROOT));
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("io.pitstop.ticketing: " + key + " must be positive, not " + text);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("io.pitstop.ticketing: " + key + " must be an ISO duration such as PT2H, not "
                    + text, e);
        }
    }
}
