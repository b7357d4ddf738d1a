package io.pitstop.attachments.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.StreamResource;
import io.pitstop.attachments.api.Attachment;
import io.pitstop.attachments.api.AttachmentService;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.api.kit.FileDrop;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The files of one record: the kit's {@link FileDrop} (drop or pick, under the configured limit), and the list with
 * download links and detach. The service checks name, content type and size again and audits; a refusal shows on the
 * drop field in the user's language.
 */
final class FilesPanel extends VerticalLayout {
    private final AttachmentService attachments;
    private final RecordRef record;
    private final Grid<Attachment> grid = new Grid<>();
    private final Span empty = new Span();

    FilesPanel(AttachmentService attachments, RecordRef record) {
        this.attachments = attachments;
        this.record = record;
        setId("files-panel");
        setPadding(false);
        Formats f = Ui.formats();
        FileDrop drop = new FileDrop("files-upload", attachments.maxBytes(), this::attach);
        Span limit = new Span(text("files.limit", FileDrop.size(Ui.locale(), attachments.maxBytes())));
        limit.setId("files-limit");
        limit.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout top = new VerticalLayout(drop, limit);
        top.setPadding(false);
        top.setSpacing(false);
        empty.setId("files-empty");
        empty.setText(text("files.empty"));
        grid.setId("files-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::download).setHeader(text("files.name")).setFlexGrow(3);
        grid.addColumn(a -> FileDrop.size(Ui.locale(), a.size())).setHeader(text("files.size"));
        grid.addColumn(Attachment::author).setHeader(text("files.author"));
        grid.addColumn(a -> f.dateTime(a.createdAt())).setHeader(text("files.time"));
        grid.addComponentColumn(this::detachButton).setHeader("");
        grid.setClassNameGenerator(a -> "file-row");
        add(top, empty, grid);
        refresh();
    }

    private static String text(String key, Object... args) {
        return FilesTexts.TEXTS.get(Ui.locale(), key, args);
    }

    private void refresh() {
        List<Attachment> files = attachments.list(Ui.actor(), record);
        grid.setItems(files);
        empty.setVisible(files.isEmpty());
        grid.setVisible(!files.isEmpty());
    }

    private Component download(Attachment a) {
        Actor actor = Ui.actor();
        StreamResource content = new StreamResource(a.name(), (out, session) -> attachments.content(actor, a.id(), out));
        content.setContentType(a.mediaType());
        Anchor link = new Anchor(content, a.name());
        link.getElement().setAttribute("download", true);
        link.setId("files-download-" + a.id());
        link.getElement().setAttribute("data-sha256", a.sha256());
        return link;
    }

    private Component detachButton(Attachment a) {
        Button b = new Button(text("files.detach"), e -> Common.confirm("files-detach-confirm", text("files.detach.title", a.name()),
                text("files.detach.text"), text("files.detach"), true, () -> {
                    try {
                        attachments.detach(Ui.actor(), a.id());
                        Ui.notice("files.detached", text("files.detached", a.name()));
                    } catch (PitstopException problem) {
                        Ui.problem("files.failed", text("files.failed", Ui.message(problem)));
                    }
                    refresh();
                }));
        b.setId("files-detach-" + a.id());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return b;
    }

    /** A refusal by the service (name, type, size, the record gone) propagates to the drop field, which shows it. */
    private void attach(FileDrop.Received file) {
        try (InputStream content = file.open()) {
            Attachment a = attachments.attach(Ui.actor(), record, file.name(), file.mediaType(), content);
            Ui.notice("files.attached", text("files.attached", a.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }
}
