package io.pitstop.ui.api;

/**
 * The areas the dashboard is laid out in. Which areas a role sees, and in
 * which order, is the shell's rule (an accountant sees money first, a
 * manager contacts and tasks); a counter or card names its area. A plugin may
 * use an area of its own: it is shown after the known ones, to every role.
 */
public final class DashboardArea {
    /** Accounts, balances, postings. */
    public static final String MONEY = "money";
    /** Contacts and the clients a user is responsible for. */
    public static final String CONTACTS = "contacts";
    /** Tasks and reminders: my day. */
    public static final String TASKS = "tasks";
    /** What happened lately: timeline, comments. */
    public static final String ACTIVITY = "activity";
    /** Anything else, plugins' cards by default. */
    public static final String OTHER = "other";

    private DashboardArea() {
    }
}
