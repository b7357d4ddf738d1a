package io.pitstop.attachments.impl;

import io.pitstop.core.api.ValidationException;

/**
 * The rule for a file's name as stored and later offered for download: a plain name, never a path (a browser or a
 * script saving it must not be led into another folder) and never a text that breaks a header or a log line.
 */
final class FileNames {
    /** What file systems commonly keep; longer names are cut by the tools that save them. */
    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /** The name trimmed, or a 400 on field {@code field} saying what is wrong with it. */
    static String check(String name, String field) {
        if (name == null || name.isBlank()) {
            throw ValidationException.field(field, "is required: the file's name");
        }
        String n = name.strip();
        if (n.length() > MAX_LENGTH) {
            throw ValidationException.field(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (n.equals(".") || n.equals("..")) {
            throw ValidationException.field(field, "must be a file name, not a folder reference");
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '/' || c == '\\') {
                throw ValidationException.field(field, "must be a plain file name without folder separators (/ or \\)");
            }
            if (c < 0x20 || c >= 0x7f && c <= 0x9f) {
                throw ValidationException.field(field, "must not contain control characters: found U+"
                        + String.format("%04X", (int) c) + " at position " + (i + 1));
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < n.length()
                    && Character.isLowSurrogate(n.charAt(++i)))) {
                throw ValidationException.field(field, "must not contain a broken character (lone surrogate)");
            }
        }
        return n;
    }

    /** The extension in lower case without the dot, or empty. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
