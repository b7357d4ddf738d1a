package io.pitstop.notifications.impl;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML of an e-mail: the body's text escaped, its paragraphs kept, each http(s) link sent through Pitstop's
 * click redirect and an open pixel at the end (seed 001's sending log: delivered, opened, clicked). The links are
 * recorded with the message, and the redirect follows only those, so it cannot be used to send people elsewhere.
 */
final class MailBody {
    static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");

    private MailBody() {
    }

    static List<String> links(String text) {
        Set<String> links = new LinkedHashSet<>();
        Matcher m = LINK.matcher(text == null ? "" : text);
        while (m.find()) {
            links.add(m.group());
        }
        return new ArrayList<>(links);
    }

    static String html(String text, String publicUrl, String token) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        StringBuilder out = new StringBuilder("<html><body><p>");
        Matcher m = LINK.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(escape(text.substring(at, m.start())));
            String url = m.group();
            out.append("<a href=\"").append(base).append("/api/notifications/c/").append(token).append("?u=")
                    .append(URLEncoder.encode(url, StandardCharsets.UTF_8)).append("\">").append(escape(url)).append("</a>");
            at = m.end();
        }
        out.append(escape(text.substring(at)));
        out.append("</p><img src=\"").append(base).append("/api/notifications/o/").append(token)
                .append(".gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>");
        return out.toString().replace("\r\n", "\n").replace("\n\n", "</p><p>").replace("\n", "<br>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
