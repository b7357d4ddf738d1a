package io.pitstop.attachments.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.StreamReceiver;
import com.vaadin.flow.server.StreamVariable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * A plain {@code <input type="file">} whose chosen file is posted at once to Flow's own upload handler (the
 * element's {@code target}, a {@link StreamReceiver}), spooled to a temporary file under the size limit and handed
 * on. Flow's handler is the one {@code vaadin-upload} uses; the input spares the UI a web component and its
 * frontend build.
 */
@Tag("input")
final class FilePicker extends Component {
    /** A received file: its name, the type the browser gave, and its content on disk until closed. */
    record Received(String name, String mediaType, Path file) implements AutoCloseable {
        InputStream open() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the temporary folder is cleaned at the next start
            }
        }
    }

    private final long maxBytes;
    private final Consumer<Received> onFile;
    private final Consumer<Long> onTooLarge;
    /** What the last upload left, taken by {@link #uploaded()}; written by the upload request under the session's lock. */
    private Received pending;
    private boolean pendingTooLarge;

    FilePicker(long maxBytes, Consumer<Received> onFile, Consumer<Long> onTooLarge) {
        this.maxBytes = maxBytes;
        this.onFile = onFile;
        this.onTooLarge = onTooLarge;
        getElement().setAttribute("type", "file");
        getElement().setAttribute("target", new StreamReceiver(getElement().getNode(), "file", new Receiver()));
        // multipart, as vaadin-upload sends it; then one round trip so that what the upload changed reaches the page
        getElement().executeJs("const input = this;"
                + "input.addEventListener('change', () => {"
                + "  const file = input.files[0]; if (!file) { return; }"
                + "  const form = new FormData(); form.append('file', file, file.name);"
                + "  fetch(input.getAttribute('target'), {method: 'POST', body: form, credentials: 'same-origin'})"
                + "    .finally(() => { input.value = ''; input.$server.uploaded(); });"
                + "});");
    }

    /**
     * Called by the page once an upload ended. The file is handed on here, in an ordinary request of the page
     * (the upload's own request has no current UI to show notices in), and the answer carries the new list.
     */
    @ClientCallable
    void uploaded() {
        Received file = pending;
        boolean tooLarge = pendingTooLarge;
        pending = null;
        pendingTooLarge = false;
        if (file != null) {
            onFile.accept(file);
        } else if (tooLarge) {
            onTooLarge.accept(maxBytes);
        }
    }

    /** Spools one upload; stops at the limit. */
    private final class Receiver implements StreamVariable {
        private Path spool;
        private boolean tooLarge;

        @Override
        public OutputStream getOutputStream() {
            try {
                tooLarge = false;
                spool = Files.createTempFile("pitstop-ui-upload-", ".part");
                OutputStream file = Files.newOutputStream(spool);
                return new OutputStream() {
                    private long count;

                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        count += len;
                        if (count > maxBytes) {
                            tooLarge = true;
                            throw new IOException("over the limit of " + maxBytes + " bytes");
                        }
                        file.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        file.close();
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot spool an upload: " + e.getMessage(), e);
            }
        }

        @Override
        public boolean listenProgress() {
            return false;
        }

        @Override
        public void onProgress(StreamingProgressEvent event) {
        }

        @Override
        public void streamingStarted(StreamingStartEvent event) {
        }

        @Override
        public void streamingFinished(StreamingEndEvent event) {
            if (pending != null) {
                pending.close(); // a file the page never collected
            }
            pending = new Received(event.getFileName(), event.getMimeType(), spool);
        }

        @Override
        public void streamingFailed(StreamingErrorEvent event) {
            new Received(event.getFileName(), event.getMimeType(), spool).close();
            pendingTooLarge = tooLarge;
        }

        @Override
        public boolean isInterrupted() {
            return tooLarge;
        }
    }
}
