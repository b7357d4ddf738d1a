package io.pitstop.ticketing.camel;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML mail, for a mail that has no plain-text part: scripts, styles and comments go with their
 * content, block ends become line breaks, every other tag goes, entities are decoded. The ticket keeps only this
 * text, shown as text, so no markup of a client's mail is ever rendered or run.
 */
final class HtmlText {
    private static final Pattern DROPPED = Pattern.compile(
            "(?is)<(script|style|head|template|noscript|iframe|object)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAKS = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|tr|h[1-6]|blockquote|table)\\s*>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>?");
    private static final Pattern NUMERIC = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private HtmlText() {
    }

    static String text(String html) {
        String s = DROPPED.matcher(html.replace("\r\n", "\n").replace('\r', '\n')).replaceAll("");
        // an unclosed <script to the end of the text is still dropped
        s = s.replaceAll("(?is)<script\\b.*", "");
        s = BREAKS.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        s = entities(s);
        s = s.replace('\u00a0', ' ').replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n");
        return s.strip();
    }

    private static String entities(String s) {
        Matcher m = NUMERIC.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            String ch = Character.isValidCodePoint(code) && !Character.isISOControl(code) ? new String(Character.toChars(code)) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(ch));
        }
        m.appendTail(out);
        return out.toString().replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&laquo;", "«").replace("&raquo;", "»").replace("&mdash;", "—")
                .replace("&amp;", "&");
    }
}
