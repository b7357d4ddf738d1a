package io.pitstop.core.api.staff;

/** Whether a staff member can take work now; set by the member, read by plugins that route work. */
public enum Presence {
    AVAILABLE, BUSY, AWAY, OFF
}
