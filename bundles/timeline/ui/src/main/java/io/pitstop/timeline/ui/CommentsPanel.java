package io.pitstop.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.RecordRef;
import io.pitstop.timeline.api.Comment;
import io.pitstop.timeline.api.CommentService;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.Formats;
import io.pitstop.ui.api.Ui;
import java.util.List;

/**
 * Comments on one record, oldest first, and a box to add one. Ids: {@code comments-panel}, {@code comments-list}
 * (each comment a {@code div.comment} with {@code data-id} and {@code data-deleted}; its buttons have classes
 * {@code comment-edit} and {@code comment-delete}), {@code comment-text}, {@code comment-add}; the delete dialog is
 * {@code comment-delete-confirm}.
 */
final class CommentsPanel extends VerticalLayout {
    /** More than a card shows at once; older ones are rare on one record and the list says how many there are. */
    static final int SHOWN = 200;

    private final CommentService comments;
    private final RecordRef record;
    private final Div list = new Div();
    private final TextArea text = new TextArea();

    CommentsPanel(CommentService comments, RecordRef record) {
        this.comments = comments;
        this.record = record;
        setId("comments-panel");
        setPadding(false);
        list.setId("comments-list");
        list.setWidthFull();
        text.setId("comment-text");
        text.setWidthFull();
        text.setMaxLength(CommentService.MAX_LENGTH);
        text.setPlaceholder(TimelineTexts.t("comments.placeholder"));
        Button add = new Button(TimelineTexts.t("comments.add"), e -> add());
        add.setId("comment-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(list, text, add);
        refresh();
    }

    private void add() {
        try {
            comments.add(Ui.actor(), record, text.getValue());
            text.clear();
            Ui.notice("comment.added", TimelineTexts.t("comments.added"));
            refresh();
        } catch (PitstopException e) {
            Ui.problem("comment.refused", Ui.message(e));
        }
    }

    private void refresh() {
        list.removeAll();
        var page = comments.find(record, new PageRequest(0, SHOWN, List.of()));
        Formats f = Ui.formats();
        Actor me = Ui.actor();
        page.items().forEach(c -> list.add(row(c, f, me)));
        if (page.total() > page.items().size()) {
            list.add(new Span(TimelineTexts.t("comments.more", page.total() - page.items().size())));
        }
    }

    private Div row(Comment c, Formats f, Actor me) {
        Div row = new Div();
        row.addClassName("comment");
        row.getElement().setAttribute("data-id", c.id().toString());
        row.getElement().setAttribute("data-deleted", String.valueOf(c.deleted()));
        row.getStyle().set("padding", "var(--lumo-space-s) 0");
        Span head = new Span(c.author() + " · " + f.dateTime(c.createdAt())
                + (c.editedAt() != null && !c.deleted() ? " · " + TimelineTexts.t("comments.edited") : ""));
        head.addClassName("comment-head");
        head.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Div body = new Div();
        body.addClassName("comment-body");
        body.getStyle().set("white-space", "pre-wrap");
        if (c.deleted()) {
            body.setText(TimelineTexts.t("comments.deleted", c.deletedBy(), f.dateTime(c.deletedAt())));
            body.getStyle().set("font-style", "italic");
        } else {
            body.setText(c.text());
        }
        row.add(head, body);
        if (!c.deleted() && me != null && (me.name().equals(c.author()) || me.hasAnyRole(Actor.ADMIN))) {
            HorizontalLayout actions = new HorizontalLayout();
            if (me.name().equals(c.author())) {
                Button edit = new Button(TimelineTexts.t("comments.edit"), e -> edit(row, body, c));
                edit.addClassName("comment-edit");
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                actions.add(edit);
            }
            Button delete = new Button(TimelineTexts.t("comments.delete"), e -> Common.confirm("comment-delete-confirm",
                    TimelineTexts.t("comments.delete.title"), TimelineTexts.t("comments.delete.text"), TimelineTexts.t("comments.delete"), true,
                    () -> act(() -> comments.delete(Ui.actor(), c.id()))));
            delete.addClassName("comment-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(delete);
            row.add(actions);
        }
        return row;
    }

    private void edit(Div row, Div body, Comment c) {
        TextArea editor = new TextArea();
        editor.addClassName("comment-editor");
        editor.setWidthFull();
        editor.setValue(c.text());
        editor.setMaxLength(CommentService.MAX_LENGTH);
        Button save = new Button(TimelineTexts.t("comments.save"), e -> act(() -> comments.edit(Ui.actor(), c.id(), editor.getValue())));
        save.addClassName("comment-save");
        body.removeAll();
        body.setText(null);
        body.add(editor, save);
    }

    private void act(Runnable change) {
        try {
            change.run();
            refresh();
        } catch (PitstopException e) {
            Ui.problem("comment.refused", Ui.message(e));
            refresh();
        }
    }
}
