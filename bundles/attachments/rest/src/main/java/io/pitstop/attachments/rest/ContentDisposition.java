package io.pitstop.attachments.rest;

import io.pitstop.core.api.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file name of a {@code Content-Disposition} header (RFC 6266): {@code filename*=UTF-8''%D0%B4.pdf} when given
 * (it carries any name), else {@code filename="..."} or a bare token. And the header a download answers with: an
 * ASCII fallback for old clients beside the exact UTF-8 name.
 */
final class ContentDisposition {
    static final String HEADER = "Content-Disposition";

    private ContentDisposition() {
    }

    /** The name the header gives, or a 400 on the header saying why there is none. */
    static String fileName(String header) {
        if (header == null || header.isBlank()) {
            throw ValidationException.field(HEADER, "is required: attachment; filename*=UTF-8''<the file's name, percent-encoded>");
        }
        String plain = null;
        String extended = null;
        List<String> parts = split(header);
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i);
            int eq = p.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = p.substring(eq + 1).strip();
            if (key.equals("filename*")) {
                extended = extended(value);
            } else if (key.equals("filename")) {
                plain = unquote(value);
            }
        }
        String name = extended != null ? extended : plain;
        if (name == null || name.isBlank()) {
            throw ValidationException.field(HEADER, "names no file: give filename*=UTF-8''<name> or filename=\"<name>\"");
        }
        return name;
    }

    /** {@code attachment; filename="<ASCII, others as _>"; filename*=UTF-8''<percent-encoded>}. */
    static String header(String name) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if (v < 0x80 && (Character.isLetterOrDigit(v) || "!#$&+-.^_`|~".indexOf(v) >= 0)) {
                encoded.append((char) v);
            } else {
                encoded.append('%').append(String.format("%02X", v));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Splits on semicolons outside quotes. */
    private static List<String> split(String header) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (quoted && c == '\\' && i + 1 < header.length()) {
                cur.append(c).append(header.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < v.length() - 1; i++) {
                char c = v.charAt(i);
                if (c == '\\' && i + 1 < v.length() - 1) {
                    c = v.charAt(++i);
                }
                out.append(c);
            }
            return out.toString();
        }
        return v;
    }

    /** {@code UTF-8'<language>'<percent-encoded>}; another charset or a broken escape is a 400. */
    private static String extended(String v) {
        int first = v.indexOf('\'');
        int second = first < 0 ? -1 : v.indexOf('\'', first + 1);
        if (second < 0) {
            throw ValidationException.field(HEADER, "filename* must look like UTF-8''<percent-encoded name>");
        }
        if (!v.substring(0, first).equalsIgnoreCase("UTF-8")) {
            throw ValidationException.field(HEADER, "filename* must be in UTF-8");
        }
        String text = v.substring(second + 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0 || Character.digit(text.charAt(i + 2), 16) < 0) {
                    throw ValidationException.field(HEADER, "filename* has a broken percent-escape");
                }
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c > 0x20 && c < 0x7f) {
                bytes.write(c);
            } else {
                throw ValidationException.field(HEADER, "filename* must be percent-encoded");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw ValidationException.field(HEADER, "filename* is not valid UTF-8");
        }
    }
}
