package io.pitstop.attachments.impl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * A file's media type read from its first bytes (magic numbers), so that a forbidden type cannot pass under an
 * allowed name ({@code setup.exe} renamed {@code offer.pdf}). Containers that several types share (ZIP for OOXML
 * and OpenDocument, OLE2 for old Office files) are told apart by the name's extension; text is what decodes as
 * UTF-8 without control characters.
 */
final class MediaTypes {
    static final String OCTET_STREAM = "application/octet-stream";
    static final String ZIP = "application/zip";
    static final String OLE2 = "application/x-ole-storage";
    static final String TEXT = "text/plain";
    /** How many leading bytes the detection reads. */
    static final int HEAD = 8192;

    /** Types a ZIP container stands for, by the extension of the name. */
    private static final Map<String, String> IN_ZIP = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "odt", "application/vnd.oasis.opendocument.text",
            "ods", "application/vnd.oasis.opendocument.spreadsheet");

    /** Types an OLE2 container stands for, by the extension of the name. */
    private static final Map<String, String> IN_OLE2 = Map.of("doc", "application/msword", "xls", "application/vnd.ms-excel");

    /** What an extension promises, for the kinds the content can prove; a name that promises another kind is refused. */
    private static final Map<String, String> PROMISED = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"),
            Map.entry("zip", ZIP), Map.entry("docx", IN_ZIP.get("docx")), Map.entry("xlsx", IN_ZIP.get("xlsx")),
            Map.entry("pptx", IN_ZIP.get("pptx")), Map.entry("odt", IN_ZIP.get("odt")), Map.entry("ods", IN_ZIP.get("ods")),
            Map.entry("doc", IN_OLE2.get("doc")), Map.entry("xls", IN_OLE2.get("xls")),
            Map.entry("txt", TEXT), Map.entry("csv", "text/csv"));

    /** Text types by extension: the content says only "text". */
    private static final Map<String, String> TEXTS = Map.of("csv", "text/csv", "txt", TEXT, "xml", "application/xml",
            "json", "application/json");

    private MediaTypes() {
    }

    /** The type of the content whose first bytes are {@code head}, for a file called {@code name}. */
    static String detect(byte[] head, int length, String name) {
        String ext = FileNames.extension(name);
        if (starts(head, length, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (starts(head, length, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, length, "GIF87a") || starts(head, length, "GIF89a")) {
            return "image/gif";
        }
        if (starts(head, length, "RIFF") && length >= 12 && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return "image/webp";
        }
        if (starts(head, length, 'P', 'K', 3, 4)) {
            return IN_ZIP.getOrDefault(ext, ZIP);
        }
        if (starts(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return IN_OLE2.getOrDefault(ext, OLE2);
        }
        if (starts(head, length, 'M', 'Z')) {
            return "application/x-msdownload";
        }
        if (starts(head, length, 0x7F, 'E', 'L', 'F')) {
            return "application/x-executable";
        }
        if (isText(head, length)) {
            return TEXTS.getOrDefault(ext, TEXT);
        }
        return OCTET_STREAM;
    }

    /** The type the name's extension promises, or null when it promises nothing the content could prove. */
    static String promised(String name) {
        return PROMISED.get(FileNames.extension(name));
    }

    /** The base type in lower case without parameters ({@code text/plain; charset=utf-8} is {@code text/plain}). */
    static String base(String type) {
        if (type == null) {
            return null;
        }
        int semi = type.indexOf(';');
        String b = (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return b.isEmpty() ? null : b;
    }

    /** Whether a declared type says nothing beyond "some bytes" (then the content decides). */
    static boolean unspecific(String declared) {
        String b = base(declared);
        return b == null || b.equals(OCTET_STREAM);
    }

    /**
     * Whether a declared type agrees with the detected one: equal, or text declared for any text
     * (a CSV sent as {@code text/plain}).
     */
    static boolean agrees(String declared, String detected) {
        String d = base(declared);
        return d.equals(detected) || d.startsWith("text/") && detected.startsWith("text/");
    }

    private static boolean starts(byte[] head, int length, String magic) {
        return starts(head, length, magic.chars().toArray());
    }

    private static boolean starts(byte[] head, int length, int... magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (a character cut at the end of the head excepted) without control characters other than tab and line ends. */
    private static boolean isText(byte[] head, int length) {
        int end = length;
        // a multi-byte character the head cut in two is still text: drop its start
        for (int back = 1; back <= 3 && end - back >= 0; back++) {
            int b = head[end - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                end -= back;
                break;
            }
            if ((b & 0x80) == 0) {
                break;
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Arrays.copyOf(head, end))).toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F);
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
