package io.pitstop.ticketing.impl;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a mail names the ticket it answers: {@code [#1234]} in the subject, wherever it stands ("Re: Fwd: … [#1234]"). */
final class Threading {
    private static final Pattern REFERENCE = Pattern.compile("\\[#(\\d{1,18})\\]");

    private Threading() {
    }

    static OptionalLong reference(String subject) {
        if (subject == null) {
            return OptionalLong.empty();
        }
        Matcher m = REFERENCE.matcher(subject);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /** The subject a reply carries: the ticket's own with the reference once, whatever the client wrote around it. */
    static String replySubject(String subject, long number) {
        String bare = REFERENCE.matcher(subject == null ? "" : subject).replaceAll("").strip();
        return "Re: " + bare.replaceFirst("(?i)^(re|fwd?|ответ|пересл)\\s*:\\s*", "") + " [#" + number + "]";
    }
}
