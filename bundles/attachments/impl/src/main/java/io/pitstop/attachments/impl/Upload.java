package io.pitstop.attachments.impl;

import io.pitstop.attachments.api.UnacceptableFileException;
import io.pitstop.core.api.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload spooled to a file: its size, SHA-256 and first bytes, taken in one pass. Reading stops as soon as
 * the limit is passed, so a client sending gigabytes costs the server one buffer and the limit on disk.
 */
record Upload(long size, String sha256, byte[] head, int headLength) {
    static Upload spool(InputStream in, Path to, long maxBytes) throws IOException {
        MessageDigest digest = digest();
        byte[] head = new byte[MediaTypes.HEAD];
        int headLength = 0;
        long size = 0;
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(to)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                size += n;
                if (size > maxBytes) {
                    throw UnacceptableFileException.tooLarge(maxBytes);
                }
                if (headLength < head.length) {
                    int take = Math.min(n, head.length - headLength);
                    System.arraycopy(buf, 0, head, headLength, take);
                    headLength += take;
                }
                digest.update(buf, 0, n);
                out.write(buf, 0, n);
            }
        }
        if (size == 0) {
            throw ValidationException.field("file", "is empty: send the file's content as the request body");
        }
        return new Upload(size, HexFormat.of().formatHex(digest.digest()), head, headLength);
    }

    /** The hex SHA-256 of bytes, as {@link #spool} computes it. */
    static String hash(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
