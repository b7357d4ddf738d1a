package io.pitstop.notifications.impl;

/**
 * How many SMS parts a text takes. Texts of the GSM 03.38 alphabet go 160 characters in one part and 153 per part
 * when split (the rest carries the joining header), its extension characters counting twice; anything else
 * (Cyrillic included) goes as UCS-2: 70 in one part, 67 per part. Pitstop sends at most {@link #MAX_SEGMENTS}
 * parts: longer texts cost more than they are worth, and some operators refuse them.
 */
final class SmsSegments {
    static final int MAX_SEGMENTS = 6;
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

    private SmsSegments() {
    }

    /** Whether the whole text fits the GSM 7-bit alphabet. */
    static boolean gsm7(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
    }

    /** Characters as the network counts them: septets for GSM-7, UTF-16 units for UCS-2. */
    static int units(String text) {
        if (!gsm7(text)) {
            return text.length();
        }
        int units = 0;
        for (int i = 0; i < text.length(); i++) {
            units += GSM_EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return units;
    }

    static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        boolean gsm = gsm7(text);
        int units = units(text);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return units <= single ? 1 : (units + part - 1) / part;
    }

    /** Why the text cannot go as an SMS, or null. */
    static String refusal(String text) {
        int segments = count(text);
        if (segments <= MAX_SEGMENTS) {
            return null;
        }
        boolean gsm = gsm7(text);
        return "is too long for an SMS: " + units(text) + " characters make " + segments + " parts, at most "
                + MAX_SEGMENTS + " are sent (" + (gsm ? MAX_SEGMENTS * 153 + " Latin" : MAX_SEGMENTS * 67 + " Cyrillic or other")
                + " characters)";
    }
}
