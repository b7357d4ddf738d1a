package io.pitstop.ui.api.kit;

import elemental.json.JsonObject;

/**
 * The changes a user makes to a list's saved filters, on the stored object
 * (name → the filters' values) that {@link ListView} keeps in the browser.
 * Kept apart from the view so the rules are tested without a browser.
 */
final class SavedFilters {
    private SavedFilters() {
    }

    /**
     * Gives the saved filter {@code from} the name {@code to}, keeping its
     * values. Returns the message key of the refusal, or null when renamed:
     * a name another saved filter has would silently replace that one.
     */
    static String rename(JsonObject all, String from, String to) {
        if (!all.hasKey(from)) {
            return "kit.filters.gone";
        }
        if (from.equals(to)) {
            return null;
        }
        if (all.hasKey(to)) {
            return "kit.filters.taken";
        }
        JsonObject values = all.getObject(from);
        all.remove(from);
        all.put(to, values);
        return null;
    }

    /** Forgets the saved filter; a name already gone (deleted in another tab) is no error. */
    static void delete(JsonObject all, String name) {
        if (all.hasKey(name)) {
            all.remove(name);
        }
    }
}
