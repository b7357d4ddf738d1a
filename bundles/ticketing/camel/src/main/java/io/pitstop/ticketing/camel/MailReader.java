package io.pitstop.ticketing.camel;

import io.pitstop.ticketing.api.InboundMail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.mail.BodyPart;
import javax.mail.MessagingException;
import javax.mail.Part;
import javax.mail.Session;
import javax.mail.internet.ContentType;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.internet.MimeUtility;
import javax.mail.util.ByteArrayDataSource;

/**
 * Reads a mail's MIME into an {@link InboundMail}: sender, subject, threading headers, the plain text (the HTML
 * part's text when there is none), the attachments, and whether a machine wrote it. Parts are decoded by hand from
 * their raw bytes, because javax.mail's content handlers (DataHandler, mailcap) are not wired inside OSGi. A charset
 * Java does not know is read as UTF-8 with replacement characters rather than refused: the ticket is made from what
 * can be read. What cannot be parsed at all throws, and the route keeps the mail in the dead-letter store.
 */
final class MailReader {
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final int MAX_PARTS = 100;

    private MailReader() {
    }

    static InboundMail read(byte[] raw, String department, String mailbox) throws MessagingException, IOException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        InternetAddress[] from = (InternetAddress[]) m.getFrom();
        if (from == null || from.length == 0) {
            throw new MessagingException("the mail has no sender (From)");
        }
        String sender = from[0].getAddress() == null ? "" : from[0].getAddress().toLowerCase(Locale.ROOT);
        String messageId = m.getMessageID();
        if (messageId == null || messageId.isBlank()) {
            // the same bytes read again get the same id, so a mailbox read twice still adds the mail once
            messageId = "<" + sha256(raw) + "@pitstop.no-message-id>";
        }
        String machine = machine(m, sender, mailbox);
        Body body = new Body();
        if (machine == null) {
            // a machine's mail is never a ticket: its body (a delivery report, say) is not read at all
            walk(m, m.getContentType(), rawContent(m), body, 0);
        }
        String text = body.plain != null ? body.plain : body.html != null ? HtmlText.text(body.html) : "";
        Instant sent = m.getSentDate() == null ? null : m.getSentDate().toInstant();
        return new InboundMail(department, mailbox, messageId.strip(), references(m), sender, from[0].getPersonal(),
                subject(m), text, body.attachments, sent, machine);
    }

    /**
     * Why a machine wrote this mail, or null for a person's: an auto-reply (RFC 3834 Auto-Submitted, Precedence,
     * the X-Autoreply family), a bounce (a delivery report, the mailer daemon) or our own mail come back (a loop).
     */
    static String machine(MimeMessage m, String sender, String mailbox) throws MessagingException {
        String auto = m.getHeader("Auto-Submitted", null);
        if (auto != null && !auto.strip().equalsIgnoreCase("no")) {
            return "auto-reply (Auto-Submitted: " + auto.strip() + ")";
        }
        String precedence = m.getHeader("Precedence", null);
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply")) {
            return "auto-reply (Precedence: " + precedence.strip() + ")";
        }
        for (String h : new String[] {"X-Autoreply", "X-Autorespond", "X-Autoresponder"}) {
            if (m.getHeader(h, null) != null) {
                return "auto-reply (" + h + ")";
            }
        }
        String type = m.getContentType() == null ? "" : m.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/report")) {
            return "bounce (delivery report)";
        }
        String local = sender.contains("@") ? sender.substring(0, sender.indexOf('@')) : sender;
        if (local.equals("mailer-daemon") || local.equals("postmaster") || sender.isEmpty()) {
            return "bounce (" + (sender.isEmpty() ? "no sender" : sender) + ")";
        }
        String returnPath = m.getHeader("Return-Path", null);
        if (returnPath != null && returnPath.strip().equals("<>")) {
            return "bounce (empty Return-Path)";
        }
        if (mailbox != null && !mailbox.isBlank() && sender.equalsIgnoreCase(mailbox.strip())) {
            return "loop (sent by this mailbox)";
        }
        String loop = m.getHeader("X-Loop", null);
        if (loop != null && mailbox != null && loop.toLowerCase(Locale.ROOT).contains(mailbox.toLowerCase(Locale.ROOT))) {
            return "loop (X-Loop)";
        }
        return null;
    }

    /** In-Reply-To first, then References from the newest: the nearest message a reply answers comes first. */
    static List<String> references(MimeMessage m) throws MessagingException {
        List<String> out = new ArrayList<>();
        ids(m.getHeader("In-Reply-To", " "), out);
        List<String> refs = new ArrayList<>();
        ids(m.getHeader("References", " "), refs);
        java.util.Collections.reverse(refs);
        for (String r : refs) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out.size() > 50 ? out.subList(0, 50) : out;
    }

    private static void ids(String header, List<String> out) {
        if (header != null) {
            Matcher matcher = MESSAGE_ID.matcher(header);
            while (matcher.find()) {
                out.add(matcher.group());
            }
        }
    }

    private static String subject(MimeMessage m) throws MessagingException {
        String s = m.getSubject();
        return s == null ? null : s.replaceAll("[\\p{Cntrl}&&[^\\t]]", " ").strip();
    }

    private static final class Body {
        String plain;
        String html;
        final List<InboundMail.Attachment> attachments = new ArrayList<>();
        int parts;
    }

    private static void walk(Part part, String contentType, byte[] content, Body body, int depth)
            throws MessagingException, IOException {
        if (++body.parts > MAX_PARTS || depth > 10) {
            return;
        }
        ContentType type = contentType(contentType);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/")) {
            MimeMultipart multi = new MimeMultipart(new ByteArrayDataSource(content, contentType));
            for (int i = 0; i < multi.getCount(); i++) {
                BodyPart child = multi.getBodyPart(i);
                walk(child, child.getContentType(), rawContent((MimeBodyPart) child), body, depth + 1);
            }
            return;
        }
        String name = fileName(part);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || name != null;
        byte[] decoded = decode(content, encoding(part));
        if (!attachment && base.equals("text/plain") && body.plain == null) {
            body.plain = new String(decoded, charset(type)).replace("\r\n", "\n").strip();
        } else if (!attachment && base.equals("text/html") && body.html == null) {
            body.html = new String(decoded, charset(type));
        } else if (depth > 0 && decoded.length > 0) {
            body.attachments.add(new InboundMail.Attachment(name == null ? "attachment-" + body.attachments.size() : name,
                    base, decoded));
        }
    }

    private static String fileName(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name == null) {
            return null;
        }
        try {
            name = MimeUtility.decodeText(name);
        } catch (java.io.UnsupportedEncodingException e) {
            // a name in a charset nobody knows stays as written
        }
        // only the last path element: a name like ../../x never climbs anywhere
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? null : name;
    }

    private static ContentType contentType(String text) {
        try {
            return new ContentType(text == null ? "text/plain" : text);
        } catch (javax.mail.internet.ParseException e) {
            return new ContentType("application", "octet-stream", null);
        }
    }

    private static Charset charset(ContentType type) {
        String name = type.getParameter("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(MimeUtility.javaCharset(name.strip()));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String encoding(Part part) throws MessagingException {
        String[] h = part.getHeader("Content-Transfer-Encoding");
        return h == null || h.length == 0 ? null : h[0].strip().toLowerCase(Locale.ROOT);
    }

    private static byte[] decode(byte[] content, String encoding) throws IOException {
        if (encoding == null || encoding.matches("7bit|8bit|binary")) {
            return content;
        }
        try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(content), encoding)) {
            return in.readAllBytes();
        } catch (MessagingException e) {
            // an unknown transfer encoding: the bytes as they came
            return content;
        }
    }

    private static byte[] rawContent(MimeMessage m) throws MessagingException, IOException {
        try (InputStream in = m.getRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static byte[] rawContent(MimeBodyPart p) throws MessagingException, IOException {
        try (InputStream in = p.getRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
