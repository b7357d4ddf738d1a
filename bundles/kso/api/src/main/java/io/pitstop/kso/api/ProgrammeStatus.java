package io.pitstop.kso.api;

/** Where a credit programme stands: «Новый» as a bank's file brings it, in force, or closed (never offered again). */
public enum ProgrammeStatus {
    NEW, ACTIVE, CLOSED;

    /** Whether a sales manager may be offered the programme. */
    public boolean offerable() {
        return this != CLOSED;
    }
}
