package io.pitstop.ticketing.api;

import java.util.Locale;

/** How urgent a ticket is (срочность); the SLA targets are set per department and urgency. */
public enum Urgency {
    LOW, MEDIUM, HIGH, CRITICAL;

    /** The lower-case code REST and configuration use. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
