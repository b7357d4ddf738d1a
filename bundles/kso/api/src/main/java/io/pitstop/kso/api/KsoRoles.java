package io.pitstop.kso.api;

/** The roles the KSO plugin declares in addition to the core ones. */
public final class KsoRoles {
    /** Credit-programme administrator: edits programmes, products, rewards and priorities. */
    public static final String PROGRAMME_ADMIN = "kso-admin";

    private KsoRoles() {
    }
}
