package io.pitstop.payments.impl.statement;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a statement file of either format. The charset is detected rather than taken from the 1C header
 * ({@code Кодировка=Windows} / {@code DOS}): banks write the header by habit and re-encode the file, so a header
 * saying Windows over UTF-8 bytes is common. Strict UTF-8 first (Cyrillic in windows-1251 is almost never valid
 * UTF-8), then code page 866 when the text then reads as an exchange file saying DOS, else windows-1251.
 */
public final class Statements {
    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    static final Charset DOS = Charset.forName("IBM866");

    private Statements() {
    }

    /** @throws UnreadableStatement when the file is neither a 1C exchange file nor a CSV statement */
    public static ParsedStatement read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new UnreadableStatement("the file is empty");
        }
        Decoded text = decode(file);
        if (text.text.indexOf('\u0000') >= 0) {
            throw new UnreadableStatement("the file is binary, not a text statement");
        }
        String first = text.text.lines().findFirst().orElse("").strip();
        if (first.equals(ClientBankExchange.HEADER)) {
            return ClientBankExchange.parse(text.text, text.charset);
        }
        return CsvStatement.parse(text.text, text.charset);
    }

    record Decoded(String text, String charset) {
    }

    static Decoded decode(byte[] file) {
        int skip = file.length >= 3 && (file[0] & 0xff) == 0xEF && (file[1] & 0xff) == 0xBB && (file[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            String utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file, skip, file.length - skip)).toString();
            return new Decoded(utf8, "UTF-8");
        } catch (CharacterCodingException e) {
            String dos = new String(file, DOS);
            if (dos.contains("Кодировка=DOS")) {
                return new Decoded(dos, "IBM866");
            }
            return new Decoded(new String(file, WINDOWS_1251), "windows-1251");
        }
    }
}
