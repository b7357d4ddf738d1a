package io.pitstop.accounts.impl;

import io.pitstop.core.api.ValidationException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders account numbers from a pattern such as {@code 4200{yy}{seq:10}}:
 * {@code {seq:N}} is the sequence zero-padded to N digits, {@code {yyyy}},
 * {@code {yy}} and {@code {mm}} the opening date. Anything else is literal.
 */
final class AccountNumbers {
    private static final Pattern TOKEN = Pattern.compile("\\{(seq(?::(\\d+))?|yyyy|yy|mm)}");

    private final String pattern;

    AccountNumbers(String pattern) {
        if (pattern == null || !pattern.contains("{seq")) {
            throw ValidationException.field("numberPattern", "must contain {seq} or {seq:N}: " + pattern);
        }
        this.pattern = pattern;
    }

    String render(long sequence, LocalDate date) {
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group(1);
            String value;
            if (token.startsWith("seq")) {
                int width = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                value = String.format("%0" + Math.max(width, 1) + "d", sequence);
                if (width > 0 && value.length() > width) {
                    throw new IllegalStateException("Account number sequence " + sequence + " overflows " + width + " digits");
                }
            } else if (token.equals("yyyy")) {
                value = String.format("%04d", date.getYear());
            } else if (token.equals("yy")) {
                value = String.format("%02d", date.getYear() % 100);
            } else {
                value = String.format("%02d", date.getMonthValue());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
