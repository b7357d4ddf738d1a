package io.pitstop.contacts.api;

/**
 * A staff member responsible for a contact in one business line (the personal
 * manager, «персональный менеджер»): seed 001 has one for tachographs and one
 * for monitoring. A contact may have several per line.
 *
 * @param line  free-text line code in lower case, e.g. {@code tachographs}; {@link #MAIN} when none is given
 * @param login the staff member's login (an active member when it is set)
 */
public record Responsible(String line, String login) {
    /** The line of a contact served as a whole. */
    public static final String MAIN = "main";
}
