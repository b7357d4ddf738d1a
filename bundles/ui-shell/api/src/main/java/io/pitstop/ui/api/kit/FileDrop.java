package io.pitstop.ui.api.kit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import io.pitstop.core.api.PitstopException;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Ui;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One file, dropped on the field or picked in the file dialog, handed to the caller once it has fully arrived.
 * Every view that takes a file uses it (the files tab of every card, a plugin's import or statement upload):
 * <pre>{@code
 * FileDrop drop = new FileDrop("statement-file", config.maxBytes(), file -> {
 *     // the caller checks the type it reads from the content, and says why it refuses
 *     statements.load(Ui.actor(), file.name(), file.bytes());
 *     Ui.notice("statement.loaded", texts.get("statement.loaded", file.name()));
 * });
 * drop.accept(".csv", ".xlsx");
 * }</pre>
 * <ul>
 * <li>The size limit is the caller's (from its configuration). The browser refuses a larger file before sending it,
 * and the server stops reading at the limit whatever the browser did; either way the field says so, in the user's
 * language, with the limit ({@code Файл больше 10 МБ — такой не принимается}), and the callback is not called.</li>
 * <li>{@link #accept} only narrows what the file dialog offers. What the content really is stays the caller's check:
 * the callback reads the file and throws a {@link PitstopException} (a service's refusal does) to refuse it; the
 * field shows that refusal's messages, translated, without the service's field names. Other exceptions are failures and go to the error handler.</li>
 * <li>The callback runs in the page's request with the user's session (so {@link Ui#actor()}, {@link Ui#notice}
 * work). The file lies in a temporary file while the callback runs and is deleted after it returns.</li>
 * </ul>
 * Ids: {@code <id>} (the field; {@code invalid} and {@code errorMessage} properties as on every Vaadin field, so
 * browser tests read its message alike), {@code <id>-upload} (the {@code vaadin-upload}: its shadow root holds the
 * file input), {@code <id>-error} (the message, an ARIA alert).
 */
public class FileDrop extends Div {
    private static final long serialVersionUID = 1L;
    private static final long KB = 1024;
    private static final long MB = KB * KB;

    /**
     * A file that has arrived: its name and the type the browser gave (a claim, not a check), its size, and its
     * content until the callback returns.
     */
    public record Received(String name, String mediaType, long size, Path file) {
        /** The content as a stream; the caller closes it. */
        public InputStream open() {
            try {
                return java.nio.file.Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a received file: " + e.getMessage(), e);
            }
        }

        /** The whole content in memory: for files the limit keeps small. */
        public byte[] bytes() {
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a received file: " + e.getMessage(), e);
            }
        }
    }

    private final long maxBytes;
    private final Consumer<Received> onFile;
    private final Upload upload = new Upload();
    private final Span error = new Span();
    /** The upload under way; one at a time (maxFiles 1), written by the upload request under the session's lock. */
    private FileSpool spool;

    /**
     * @param id       the field's id; its parts are {@code <id>-upload} and {@code <id>-error}
     * @param maxBytes the largest file accepted, from the caller's configuration
     * @param onFile   called with each file that arrived whole and within the limit
     */
    public FileDrop(String id, long maxBytes, Consumer<Received> onFile) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("The largest file must be at least one byte, not " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.onFile = Objects.requireNonNull(onFile, "onFile");
        setId(id);
        addClassName("pitstop-file-drop");
        upload.setId(id + "-upload");
        upload.setMaxFiles(1);
        // the browser's own check, to spare sending a file that will be refused; the server checks again
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setI18n(i18n(Ui.locale(), maxBytes));
        upload.setReceiver((name, type) -> {
            discardSpool();
            spool = FileSpool.open(maxBytes);
            return spool;
        });
        upload.addSucceededListener(e -> received(e.getFileName(), e.getMIMEType()));
        upload.addFailedListener(e -> failed());
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            showError(e.getErrorMessage());
        });
        error.setId(id + "-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        error.setVisible(false);
        add(upload, error);
    }

    /**
     * What the file dialog offers: media types ({@code text/csv}) or extensions ({@code .csv}). The dialog's filter
     * only; the callback still checks what arrives.
     */
    public FileDrop accept(String... typesOrExtensions) {
        upload.setAcceptedFileTypes(typesOrExtensions);
        return this;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Shows a message on the field, e.g. the caller's own refusal of a file. */
    public void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        getElement().setProperty("invalid", true);
        getElement().setProperty("errorMessage", message);
    }

    /** Removes the field's message. */
    public void clearError() {
        error.setText("");
        error.setVisible(false);
        getElement().setProperty("invalid", false);
        getElement().setProperty("errorMessage", "");
    }

    private void received(String name, String mediaType) {
        FileSpool arrived = spool;
        spool = null;
        upload.clearFileList();
        if (arrived == null) {
            return; // failed and already discarded
        }
        // the upload request has the UI but not every current instance; access() runs the callback with all of them
        UI ui = UI.getCurrent();
        Runnable handOver = () -> {
            try {
                clearError();
                onFile.accept(new Received(name, mediaType, arrived.size(), arrived.file()));
            } catch (PitstopException refused) {
                showError(refusal(refused));
            } finally {
                arrived.discard();
            }
        };
        if (ui == null) {
            handOver.run();
        } else {
            ui.access(handOver::run);
        }
    }

    /**
     * What a refusal says about the file, translated: its field errors' messages without the field names (a
     * service's {@code Content-Type} or {@code name} mean nothing to the person who dropped the file), else its message.
     */
    static String refusal(PitstopException refused) {
        List<String> messages = refused.fieldErrors().stream().map(f -> Ui.translate(f.message())).distinct().toList();
        return messages.isEmpty() ? Ui.translate(refused.getMessage()) : String.join("; ", messages);
    }

    private void failed() {
        boolean tooLarge = spool != null && spool.tooLarge();
        discardSpool();
        upload.clearFileList();
        showError(tooLarge ? tooLarge(Ui.locale(), maxBytes) : Common.TEXTS.get("kit.upload.failed"));
    }

    private void discardSpool() {
        if (spool != null) {
            spool.discard();
            spool = null;
        }
    }

    /** The field message for a file over the limit: {@code Файл больше 10 МБ — такой не принимается}. */
    static String tooLarge(Locale locale, long maxBytes) {
        return Common.TEXTS.get(locale, "kit.upload.tooLarge", size(locale, maxBytes));
    }

    /** A size as people read it: {@code 512 Б}, {@code 300 КБ}, {@code 1,5 МБ}, {@code 10 MB} (a file list's column, a limit). */
    public static String size(Locale locale, long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(1);
        if (bytes < KB) {
            return Common.TEXTS.get(locale, "kit.upload.bytes", number.format(bytes));
        }
        if (bytes < MB) {
            return Common.TEXTS.get(locale, "kit.upload.kilobytes", number.format(oneDecimal(bytes, KB)));
        }
        return Common.TEXTS.get(locale, "kit.upload.megabytes", number.format(oneDecimal(bytes, MB)));
    }

    /** Rounded down: a limit of 10.96 MB reads 10.9, never more than it is. */
    private static BigDecimal oneDecimal(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN).stripTrailingZeros();
    }

    /** The web component's own texts in the user's language; every field set, as the component expects. */
    static UploadI18N i18n(Locale locale, long maxBytes) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(locale, "kit.upload.drop")).setMany(t(locale, "kit.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(locale, "kit.upload.pick")).setMany(t(locale, "kit.upload.pick")));
        i18n.setCancel(t(locale, "common.cancel"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(locale, "kit.upload.oneFile"))
                .setFileIsTooBig(tooLarge(locale, maxBytes)).setIncorrectFileType(t(locale, "kit.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(locale, "kit.upload.connecting"))
                        .setStalled(t(locale, "kit.upload.stalled")).setProcessing(t(locale, "kit.upload.processing"))
                        .setHeld(t(locale, "kit.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(locale, "kit.upload.remaining"))
                        .setUnknown(t(locale, "kit.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(locale, "kit.upload.failed"))
                        .setUnexpectedServerError(t(locale, "kit.upload.failed")).setForbidden(t(locale, "kit.upload.failed"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(locale, "kit.upload.retry")).setStart(t(locale, "kit.upload.start"))
                .setRemove(t(locale, "kit.upload.remove")));
        i18n.setUnits(List.of(t(locale, "kit.upload.unitB"), t(locale, "kit.upload.unitKB"), t(locale, "kit.upload.unitMB"),
                t(locale, "kit.upload.unitGB"), t(locale, "kit.upload.unitTB")));
        return i18n;
    }

    private static String t(Locale locale, String key) {
        return Common.TEXTS.get(locale, key);
    }
}
