package io.pitstop.ui.api.kit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where one upload is written while it arrives: a temporary file that refuses the byte past the limit, so a server
 * never holds more than the limit of one upload whatever the browser claimed ({@code maxFileSize} of the web
 * component is only the browser's check). Kept apart from {@link FileDrop} so that the limit is tested without a UI.
 */
final class FileSpool extends OutputStream {
    private final Path file;
    private final OutputStream out;
    private final long maxBytes;
    private long size;
    private boolean tooLarge;

    private FileSpool(Path file, long maxBytes) throws IOException {
        this.file = file;
        this.out = Files.newOutputStream(file);
        this.maxBytes = maxBytes;
    }

    /** A new spool under the system's temporary folder. */
    static FileSpool open(long maxBytes) {
        try {
            return new FileSpool(Files.createTempFile("pitstop-ui-upload-", ".part"), maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool an upload: " + e.getMessage(), e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (size + len > maxBytes) {
            tooLarge = true;
            throw new IOException("The upload passed the limit of " + maxBytes + " bytes");
        }
        out.write(b, off, len);
        size += len;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** Whether the upload was stopped at the limit. */
    boolean tooLarge() {
        return tooLarge;
    }

    long size() {
        return size;
    }

    Path file() {
        return file;
    }

    /** Removes the file; what is left of a spool the caller never collected goes with the temporary folder. */
    void discard() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the system's temporary folder is cleaned at the next start; the upload's outcome stands
        }
    }

    /** The content as written, for {@link FileDrop.Received#open()}. */
    InputStream read() {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a spooled upload: " + e.getMessage(), e);
        }
    }
}
