package io.pitstop.core.rest.internal;

/**
 * The rules every text a caller sends must pass, in bodies and in parameters alike: no control characters (C0, DEL,
 * C1; tab, CR and LF only where line breaks are allowed), no lone surrogates (half of a character, which no
 * database stores faithfully), and at least one visible character (a name made of a byte-order mark or zero-width
 * spaces shows as nothing and cannot be found again). An empty text is not checked: it means "no value".
 */
public final class TextRules {
    private TextRules() {
    }

    /** What is wrong with {@code text} as a message for its field, or null when it passes. */
    public static String problem(String text, boolean lineBreaks) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "must not contain half of a character (a lone surrogate at position " + (i + 1) + ")";
                }
                visible |= !invisible(text.codePointAt(i));
                i++;
                continue;
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain half of a character (a lone surrogate at position " + (i + 1) + ")";
            }
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                if (!lineBreaks) {
                    return "must be one line: found " + code(c) + " at position " + (i + 1);
                }
                continue;
            }
            if (Character.isISOControl(c)) {
                return "must not contain control characters: found " + code(c) + " at position " + (i + 1);
            }
            visible |= !invisible(c);
        }
        return visible ? null : "must contain a visible character";
    }

    /** Spaces, format characters (zero-width space and joiners, BOM, direction marks) and the blank fillers. */
    private static boolean invisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x2800 || cp == 0x3164 || cp == 0xFFA0
                || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
